// Accounts end to end: the owner invites an editor and a reader with one-time links; the
// reader cannot edit; the editor's save carries their name into the history and into the
// owner's conflict panel; a token works from curl until it is revoked.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";
import { OWNER } from "./accounts-helpers";

const run = promisify(execFile);

async function invite(page: Page, role: "editor" | "reader"): Promise<string> {
  await page.goto("/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByTestId("invite-link");
  await expect(link).toContainText("/invite/inv_");
  return (await link.textContent()) ?? "";
}

/** Accepts an invite in a fresh browser (no session) and returns that signed-in page. */
async function accept(browser: Browser, link: string, name: string, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join Selaras" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("invited-password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(name);
  return page;
}

async function curl(baseURL: string, path: string, token: string, method = "GET", body?: string): Promise<number> {
  const args = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", method, "-H", `Authorization: Bearer ${token}`];
  if (body) args.push("-H", "content-type: application/json", "--data", body);
  const { stdout } = await run("curl", [...args, `${baseURL}${path}`]);
  return Number(stdout);
}

test("the owner invites an editor and a reader; the reader cannot edit; the editor's name is everywhere", async ({ page, browser, request, marker }) => {
  const suffix = marker.toLowerCase();
  const editorLink = await invite(page, "editor");
  const editor = await accept(browser, editorLink, "Eda Editor", `eda-${suffix}@e2e.test`);
  const readerLink = await invite(page, "reader");
  const reader = await accept(browser, readerLink, "Rudi Reader", `rudi-${suffix}@e2e.test`);

  // The link works once.
  const reused = await reader.context().request.post(`/api/invites/${editorLink.split("/invite/")[1]}`, {
    data: { email: `again-${suffix}@e2e.test`, name: "Again", password: "another-password" },
    headers: { origin: new URL(editorLink).origin },
  });
  expect(reused.status()).toBe(403);

  const { id } = await seedDocument(request, `Banjir ${marker} Melanda\n\nBanjir ${marker} melanda kota pada hari Senin. Warga ${marker} mengungsi ke sekolah.`);
  await waitUntilTranslated(request, id);

  // The reader reads but cannot edit: the editor page is refused, and so is a save.
  await reader.goto(`/documents/${id}`);
  await expect(reader.getByRole("heading", { name: `Banjir ${marker} Melanda` })).toBeVisible();
  await reader.goto(`/documents/${id}/edit`);
  await expect(reader.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const segments = ((await (await request.get(`/api/segments?documentId=${id}`)).json()) as { segments: { id: string; version: number }[] }).segments;
  const target = segments[1]!;
  const denied = await reader.evaluate(async ({ segmentId, version }) => (await fetch(`/api/segments/${segmentId}`, {
    method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ target: "Reader was here.", version }),
  })).status, { segmentId: target.id, version: target.version });
  expect(denied).toBe(403);

  // The owner starts typing; meanwhile the editor saves the same sentence.
  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  await page.getByTestId("target-field").nth(1).fill("The owner's wording.");
  await editor.goto(`/documents/${id}/edit`);
  await expect(editor.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  await editor.getByTestId("target-field").nth(1).fill(`The flood ${marker} hit the city.`);
  await editor.keyboard.press("Control+Enter");
  await expect(editor.getByTestId("segment-row").nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");

  await page.getByTestId("target-field").nth(1).focus();
  await page.keyboard.press("Control+Enter");
  const conflict = page.getByTestId("segment-row").nth(1).getByTestId("conflict");
  await expect(conflict).toContainText(/Eda Editor saved this (now|\d+ seconds? ago|1 minute ago)/);
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText(`The flood ${marker} hit the city.`);
  await conflict.getByRole("button", { name: "Take theirs" }).click();
  await expect(conflict).toBeHidden();

  await editor.getByTestId("target-field").nth(1).focus();
  await editor.getByTestId("segment-row").nth(1).getByTestId("open-history").click();
  const history = editor.getByTestId("history-panel");
  await expect(history.getByTestId("revision").first().getByTestId("revision-origin")).toContainText("Eda Editor");
  await expect(reader.getByTestId("signed-in-as")).toHaveText("Rudi Reader");
  expect(OWNER.name).toBe("Olivia Owner");
});

test("an API token works from curl with its user's role, and not after it is revoked", async ({ page, baseURL }) => {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByLabel("Token name").fill("curl script");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("slr_");
  const token = ((await shown.textContent()) ?? "").trim();

  expect(await curl(baseURL!, "/api/documents", token)).toBe(200);
  const text = JSON.stringify({ text: `Skrip ${Date.now()} mengirim artikel. Kalimat kedua ada di sini.` });
  expect(await curl(baseURL!, "/api/documents", token, "POST", text)).toBe(202);
  expect(await curl(baseURL!, "/api/users", "slr_not-a-real-token")).toBe(401);

  await page.getByRole("button", { name: "Revoke curl script" }).click();
  await expect(page.getByText("revoked").first()).toBeVisible();
  expect(await curl(baseURL!, "/api/documents", token)).toBe(401);
});

test("a foreign Host is refused before routing (DNS rebinding)", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const { stdout } = await run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", `Host: rebind.example:${port}`, "-H", `Origin: http://rebind.example:${port}`, `${baseURL}/api/documents`]);
  expect(Number(stdout)).toBe(421);
});

test("anonymous visitors are sent to sign in and cannot write", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/search");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsearch$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const { stdout } = await run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "content-type: application/json", "--data", '{"text":"Anonim menulis. Tidak boleh."}', `${baseURL}/api/documents`]);
  expect(Number(stdout)).toBe(401);
  await context.close();
});
