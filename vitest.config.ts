import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // "server-only" throws outside React's server condition; tests run server code directly.
      "server-only": path.join(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    // Timed against another client: run alone afterwards (vitest.load.config.ts).
    exclude: ["**/node_modules/**", "lib/**/*.load.test.ts"],
    environment: "node",
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/setup-db.ts", "lib/test/setup-fast-check.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests each open their own SQLite file; files run in parallel, tests in order.
    pool: "forks",
  },
});
