import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";

test("paste an article with its published English and read the aligned pairs", async ({ page, marker }) => {
  const body = [
    `Festival kuliner ${marker} dibuka di Bandung pada hari Sabtu. Ribuan warga datang sejak pagi.`,
    `Panitia mengatakan ada 120 stan makanan. "Kami senang sekali," kata seorang pedagang.`,
  ].join("\n\n");
  const english = [
    `The ${marker} food festival opened in Bandung on Saturday. Thousands of residents came from the morning.`,
    `The organisers said there were 120 food stalls. A short note from our editors on this story. "We are very happy," said one trader.`,
  ].join("\n\n");
  await page.goto("/");
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(`Festival Kuliner ${marker}`);
  await page.getByLabel("Article text (Indonesian)").fill(body);
  await page.getByLabel("Its published English translation (optional)").fill(english);
  await page.getByRole("button", { name: "Add and translate" }).click();

  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  // (Glossary marks add their popover's text to a sentence's text content, so match a part.)
  await expect(targets.first()).toContainText(`The ${marker} food festival opened in Bandung`);
  await expect(targets.first()).not.toContainText("Thousands of residents");
  await expect(targets.filter({ hasText: "The organisers said there were 120 food stalls." })).toHaveCount(1);
  // The editors' note has no Indonesian counterpart: a one-sided pair, shown as a gap.
  const gap = page.getByTestId("reader-text").locator('[data-testid="source-sentence"][data-gap="true"]');
  await expect(gap).toHaveCount(1);
  await expect(targets.filter({ hasText: "A short note from our editors on this story." })).toHaveCount(1);
});

test("fix a boundary in the editor from the keyboard, then export the fixed pair with its provenance", async ({ page, marker }) => {
  const first = `The ${marker} night market opened in Medan on Friday.`;
  const second = "Hundreds of visitors came after sunset.";
  const body = [`Pasar malam ${marker} dibuka di Medan pada hari Jumat. Ratusan pengunjung datang setelah matahari terbenam.`, "Panitia menyiapkan 60 tenda."].join("\n\n");
  const english = [`${first} ${second}`, "The organisers set up 60 tents."].join("\n\n");
  await page.goto("/");
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(`Pasar Malam ${marker}`);
  await page.getByLabel("Article text (Indonesian)").fill(body);
  await page.getByLabel("Its published English translation (optional)").fill(english);
  await page.getByRole("button", { name: "Add and translate" }).click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  await expect(targets.filter({ hasText: first })).toHaveCount(1);
  await expect(targets.filter({ hasText: first }).filter({ hasText: second })).toHaveCount(0);

  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("shortcuts-aligned")).toContainText("Alt+Shift+↓");
  const rows = page.getByTestId("segment-row");
  const fields = page.getByTestId("target-field");
  // Row 0 is the headline; row 1 holds the first body sentence.
  await expect(fields.nth(1)).toHaveValue(first);
  await expect(fields.nth(2)).toHaveValue(second);
  await fields.nth(1).focus();
  await expect(rows.nth(1).getByTestId("join-english")).toHaveAttribute("aria-keyshortcuts", "Alt+Shift+ArrowDown");
  await expect(rows.nth(1).getByTestId("split-english")).toBeVisible();

  // Join: the next pair's English comes up, its Indonesian stays where it was.
  await page.keyboard.press("Alt+Shift+ArrowDown");
  const notice = page.getByTestId("editor-notice");
  await expect(notice).toHaveText(/^Joined: pair 2 now holds the English of pair 3/);
  await expect(fields.nth(1)).toHaveValue(`${first} ${second}`);
  await expect(fields.nth(2)).toHaveValue("");
  await expect(rows.nth(2).locator("p[lang=id]")).toContainText("Ratusan pengunjung datang setelah matahari terbenam.");
  await expect(fields.nth(1)).toBeFocused();

  // Split: the caret after the first sentence, and the rest goes back down.
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < first.length; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Alt+Shift+Enter");
  await expect(notice).toHaveText(/^Split: the English after the cursor moved to pair 3/);
  await expect(fields.nth(1)).toHaveValue(first);
  await expect(fields.nth(2)).toHaveValue(second);
  await expect(rows.nth(1).locator("p[lang=id]")).toContainText(`Pasar malam ${marker} dibuka di Medan pada hari Jumat.`);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.goto(`/export?documents=${id}`);
  await expect(page.getByTestId("export-workspace")).toHaveAttribute("data-hydrated", "true");
  await page.getByLabel(/^JSONL/).check();
  const link = page.getByTestId("export-download");
  await expect(link).toHaveAttribute("href", /format=jsonl/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const lines = readFileSync((await download.path())!, "utf8").trim().split("\n");
  const pairs = lines.map((line) => JSON.parse(line) as { source: string; target: string; status: string; engine: string; alignConfidence: number | null });
  const fixed = pairs.filter((pair) => pair.target === first || pair.target === second);
  // A person placed both boundaries: sure now, still the published translation.
  expect(fixed.map(({ target, status, engine, alignConfidence }) => ({ target, status, engine, alignConfidence }))).toEqual([
    { target: first, status: "reference", engine: "aligned", alignConfidence: 1 },
    { target: second, status: "reference", engine: "aligned", alignConfidence: 1 },
  ]);
  expect(fixed[0]?.source).toBe(`Pasar malam ${marker} dibuka di Medan pada hari Jumat.`);
});

test("upload an article with its English as a second file; a long English side is a warning", async ({ page, marker }) => {
  const body = `Jembatan ${marker} diresmikan di Palembang pada hari Kamis. Warga menyambutnya dengan gembira.`;
  const english = [
    `The ${marker} bridge was inaugurated in Palembang on Thursday. Residents welcomed it happily.`,
    "Editor's note: this story has been updated with comments from the city government, the contractor and several residents who live near the river, and with a correction to the opening date.",
  ].join("\n\n");
  await page.goto("/");
  await page.getByRole("tab", { name: "Upload a file" }).click();
  const panel = page.getByRole("tabpanel", { name: "Upload a file" });
  await expect(panel).toBeVisible();
  await panel.getByLabel("File", { exact: true }).setInputFiles({ name: "jembatan.txt", mimeType: "text/plain", buffer: Buffer.from(`Jembatan ${marker}\n\n${body}`) });
  await panel.getByLabel("Its published English translation, as a file (optional)").setInputFiles({ name: "bridge.txt", mimeType: "text/plain", buffer: Buffer.from(english) });
  await expect(panel.getByText("Selected: bridge.txt")).toBeVisible();
  await panel.getByRole("button", { name: "Add and translate" }).click();

  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  await expect(targets.filter({ hasText: `The ${marker} bridge was inaugurated in Palembang on Thursday.` })).toHaveCount(1);
  await expect(targets.filter({ hasText: "Residents welcomed it happily." })).toHaveCount(1);
  await expect(page.getByText(/The English side is [\d.]+× the length of the Indonesian/)).toBeVisible();
});

test("the URL form checks the English link before sending", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Fetch from a URL" }).click();
  const panel = page.getByRole("tabpanel", { name: "Fetch from a URL" });
  await panel.getByLabel("Page address").fill("https://news.example/berita");
  const english = panel.getByLabel("Its published English translation, as a link (optional)");
  await expect(english).toBeVisible();
  await english.fill("the english page");
  await panel.getByRole("button", { name: "Add and translate" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not a web address" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
