// README screenshots: the reader in each mode, the library, search and the overview, at
// desktop and phone sizes, with the sample corpus (../shared/corpus) ingested.
//   npx tsx scripts/screenshots.ts                         # builds if needed, starts its own server
//   SELARAS_EMAIL=… SELARAS_PASSWORD=… SELARAS_TOKEN=… npx tsx scripts/screenshots.ts --url http://127.0.0.1:3000
//                                                          # uses a running server, signed in as that editor
// Its own server starts with no users, so the script creates a throwaway owner first;
// otherwise every page would be the first-run set-up page.
// Writes docs/screenshots/*.png (light theme, 1x, viewport only, so files stay small).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { ingestAndWait } from "@/lib/test/load-fixture";

const ROOT = path.resolve(import.meta.dirname, "..");
const CORPUS = path.resolve(ROOT, "../shared/corpus");
const OUT = path.join(ROOT, "docs/screenshots");
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const MODES = ["side-by-side", "interlinear", "learning"] as const;

const { values } = parseArgs({ options: { url: { type: "string" }, port: { type: "string", default: "3291" }, query: { type: "string", default: "Korea Utara" } } });

async function main(): Promise<void> {
  if (!fs.existsSync(CORPUS)) throw new Error(`No sample corpus at ${CORPUS}`);
  const server = values.url ? null : await startServer(Number(values.port));
  const origin = values.url ?? `http://127.0.0.1:${values.port}`;
  try {
    credentials();
    const ids: string[] = [];
    for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()) {
      ids.push(await ingestAndWait(origin, fs.readFileSync(path.join(CORPUS, file), "utf8")));
    }
    const featured = ids[0];
    if (!featured) throw new Error("The corpus folder has no .txt files");
    fs.mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      for (const [size, viewport] of Object.entries(SIZES)) await shoot(browser, origin, featured, size, viewport);
    } finally {
      await browser.close();
    }
    await shootDark(origin, featured);
    process.stdout.write(`${JSON.stringify({ out: path.relative(ROOT, OUT), files: fs.readdirSync(OUT).filter((f) => f.endsWith(".png")) })}\n`);
  } finally {
    if (server) stop(server);
  }
}

async function shoot(browser: Browser, origin: string, documentId: string, size: string, viewport: { width: number; height: number }): Promise<void> {
  const phone = size === "phone";
  for (const mode of MODES) {
    const context = await signedInContext(browser, origin, { viewport, colorScheme: "light", isMobile: phone, hasTouch: phone });
    await context.addCookies([{ name: "selaras-reader-mode", value: mode, url: origin }]);
    const page = await context.newPage();
    await page.goto(`${origin}/documents/${documentId}`);
    await page.locator('[data-testid="reader"][data-hydrated="true"]').waitFor();
    const text = page.getByTestId("reader-text");
    // Start the view at the text, with one pair lit (or, for learning, one sentence revealed).
    await text.getByTestId("source-sentence").nth(1).click();
    // The click also looks up the word under it (word help): shoot the answer, not "Looking it up…".
    await page.getByText("Looking it up…").waitFor({ state: "hidden", timeout: 10_000 }).catch(() => undefined);
    await page.mouse.move(0, 0);
    await page.getByTestId("mode-switcher").evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 24 }));
    await page.screenshot({ path: path.join(OUT, `reader-${mode}-${size}.png`) });
    await context.close();
  }
  const context = await signedInContext(browser, origin, { viewport, colorScheme: "light", isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  for (const [name, url] of [["library", "/"], ["search", `/search?q=${encodeURIComponent(values.query ?? "")}`], ["overview", "/overview"]] as const) {
    await page.goto(`${origin}${url}`);
    if (name === "library") await page.getByTestId("document-list").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `${name}-${size}.png`) });
  }
  await context.close();
}

/** One dark-theme reader view: the theme follows the system. */
async function shootDark(origin: string, documentId: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await (await signedInContext(browser, origin, { viewport: SIZES.desktop, colorScheme: "dark" })).newPage();
    await page.goto(`${origin}/documents/${documentId}`);
    await page.locator('[data-testid="reader"][data-hydrated="true"]').waitFor();
    await page.getByTestId("mode-switcher").evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 24 }));
    await page.screenshot({ path: path.join(OUT, "reader-side-by-side-desktop-dark.png") });
  } finally {
    await browser.close();
  }
}

/** The editor account the pages are shot as; the API token (SELARAS_TOKEN) serves the ingest. */
function credentials(): { email: string; password: string } {
  const { SELARAS_EMAIL: email, SELARAS_PASSWORD: password } = process.env;
  if (!email || !password) throw new Error("Set SELARAS_EMAIL and SELARAS_PASSWORD (an editor's account) to shoot a running server");
  if (!process.env.SELARAS_TOKEN) throw new Error("Set SELARAS_TOKEN too (npm run cli -- token create --email …): the sample articles go in through the API");
  return { email, password };
}

/** A browser context signed in through better-auth's endpoint: its request context shares the context's cookies. */
async function signedInContext(browser: Browser, origin: string, options: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const response = await context.request.post(`${origin}/api/auth/sign-in/email`, { data: credentials(), headers: { origin } });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()}`);
  return context;
}

/** A production server on a throwaway database, building first when no build exists. */
async function startServer(port: number): Promise<ChildProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-shots-"));
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, "shots.db")}`,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-screenshots",
    SEED_DEMO: "false",
    ALLOW_REMOTE_MODELS: "false",
  };
  const run = (args: string[]) => {
    const result = spawnSync("npx", args, { cwd: ROOT, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
  };
  if (!fs.existsSync(path.join(ROOT, env.NEXT_DIST_DIR, "BUILD_ID"))) run(["next", "build"]);
  run(["prisma", "migrate", "deploy"]);
  // A throwaway owner for this throwaway database, with a token for the API ingest.
  const email = "screenshots@example.com";
  const password = `shots-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  run(["tsx", "--conditions=react-server", "lib/cli/main.ts", "user", "create", "--email", email, "--password", password, "--name", "Screenshots", "--role", "owner"]);
  const token = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/main.ts", "token", "create", "--email", email, "--name", "screenshots"], { cwd: ROOT, env, encoding: "utf8" });
  if (token.status !== 0) throw new Error(`token create failed: ${token.stderr}`);
  Object.assign(process.env, { SELARAS_EMAIL: email, SELARAS_PASSWORD: password, SELARAS_TOKEN: token.stdout.trim() });
  // What `npm start` runs (the web server and the translation worker), in its own
  // process group, so stopping it stops both.
  const server = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "ignore", detached: true });
  for (let i = 0; i < 120; i++) {
    // 401 without a session means "up" as much as 200 does.
    if (await fetch(`http://127.0.0.1:${port}/api/documents`).then((r) => r.status < 500, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop(server);
  throw new Error("The server did not start within 60 s");
}

function stop(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

await main();
