import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // transformers.js loads onnxruntime-node's native binding at run time: keep it out of the bundle.
  serverExternalPackages: ["@huggingface/transformers", "onnxruntime-node", "better-sqlite3"],
  poweredByHeader: false,
  // Nothing uses next/image; the optimiser endpoint (/_next/image) only added a way to make
  // the server fetch and decode URLs. Unoptimized, it answers 404.
  images: { unoptimized: true },
  experimental: {
    // The proxy (CSRF, CSP) runs on every request, so Next buffers bodies for it: 3 MB
    // instead of the default 10 MB. Past the cap Next silently cuts the body short, so
    // the cap sits a full megabyte above the route handlers' 2 MB (+ multipart) limit:
    // a cut body is still over that limit and gets a clean 413, never a 422 for
    // truncated JSON. The proxy also waits for the whole body before the route starts, so
    // POST /api/memory/import (files up to MEMORY_IMPORT_MAX_BYTES, streamed to disk) is
    // left out of the proxy's matcher instead (proxy.ts, lib/security/unproxied-route-guard.ts).
    proxyClientMaxBodySize: 3 * 1024 * 1024,
  },
  // Separate build folders let a dev server and the e2e production build coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
