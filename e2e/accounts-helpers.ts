// Accounts for the end-to-end suites. The setup project (first-run.setup.ts) creates the
// owner through the browser's first-run page and saves its signed-in state; every other
// spec starts signed in as that owner, and its `request` fixture uses an owner API token
// (a cookie session may not write without an Origin header, which API clients omit).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const E2E_DIR = path.resolve(".tmp/e2e");
export const OWNER_STATE = path.join(E2E_DIR, "owner-state.json");
const OWNER_TOKEN = path.join(E2E_DIR, "owner-token.txt");
export const OWNER = { email: "olivia@e2e.test", name: "Olivia Owner", password: "owner-password-e2e" };

/** Runs `npm run cli -- …` against the e2e database, as the README tells people to. */
export function cli(args: string[]): string {
  return execFileSync("npm", ["run", "-s", "cli", "--", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(E2E_DIR, "e2e.db")}`, SEED_DEMO: "false", WORKER_ENABLED: "false" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

export function createToken(email: string, name = "e2e"): string {
  const token = cli(["token", "create", "--email", email, "--name", name]).split("\n").pop() ?? "";
  if (!token.startsWith("slr_")) throw new Error(`no token printed: ${token}`);
  return token;
}

export function saveOwnerToken(token: string): void {
  fs.writeFileSync(OWNER_TOKEN, token, { mode: 0o600 });
}

export function ownerToken(): string {
  return fs.readFileSync(OWNER_TOKEN, "utf8").trim();
}
