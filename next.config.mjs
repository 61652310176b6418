import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // transformers.js loads onnxruntime-node's native binding at run time: keep it out of the bundle.
  serverExternalPackages: ["@huggingface/transformers", "onnxruntime-node", "better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    // The proxy (CSRF, CSP) runs on every request, so Next buffers bodies for it; cap that
    // buffer just above the 2 MB input limit (plus multipart overhead) instead of 10 MB.
    // Larger bodies still reach the route handler, which answers 413.
    proxyClientMaxBodySize: 2 * 1024 * 1024 + 64 * 1024 + 1,
  },
  // Separate build folders let a dev server and the e2e production build coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
