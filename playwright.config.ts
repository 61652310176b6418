import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where installed (Playwright cannot download browsers here);
// Playwright's own browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const executablePath = fs.existsSync(debianChromium) ? debianChromium : undefined;

const PORT = Number(process.env.E2E_PORT ?? 3210);
const E2E_DIR = path.resolve(".tmp/e2e");
const OWNER_STATE = path.join(E2E_DIR, "owner-state.json");

// A throwaway database and the offline draft engine: tests never touch ./data.
const serverEnv = {
  DATABASE_URL: `file:${path.join(E2E_DIR, "e2e.db")}`,
  NEXT_DIST_DIR: ".next-e2e",
  SEED_DEMO: "false",
  TRANSLATION_ENGINE: "auto",
  ALLOW_REMOTE_MODELS: "false",
  MODELS_DIR: path.join(E2E_DIR, "no-models"),
  TRANSLATION_BATCH_SIZE: "4",
};

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky test is fixed, not hidden.
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Creates the owner through the first-run page and saves the signed-in state.
    { name: "setup", testMatch: /first-run\.setup\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined, storageState: OWNER_STATE }, dependencies: ["setup"] },
  ],
  webServer: {
    // A fresh throwaway database every run (never ./data), then a production build.
    command: `rm -rf ${E2E_DIR} && mkdir -p ${E2E_DIR} && npx next build && npm run start -- -p ${PORT}`,
    // Answers 401 until the owner exists: any status below 500 means "up".
    url: `http://127.0.0.1:${PORT}/api/documents`,
    // next build alone took over 5 minutes on a loaded 2-core machine.
    timeout: 900_000,
    reuseExistingServer: false,
    env: serverEnv,
    stdout: "pipe",
    stderr: "pipe",
  },
});
