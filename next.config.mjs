import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // transformers.js loads onnxruntime-node's native binding at run time: keep it out of the bundle.
  serverExternalPackages: ["@huggingface/transformers", "onnxruntime-node", "better-sqlite3"],
  poweredByHeader: false,
  // Separate build folders let a dev server and the e2e production build coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
