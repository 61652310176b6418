// Word help (issue 17): tap a word for its root, senses, English and other sentences; save
// it; change its status on /words; tint it in the reader; export for Anki and parse the
// file as Anki does. Keyboard-only and phone layouts, and axe with the popover open.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";
import { importAnkiText } from "../lib/test/anki-text-import";

function article(marker: string): string {
  return [
    `Kiriman ${marker} Tiba`,
    `Paket bantuan itu dikirimkan ke Bandung pada 2024 oleh warga. Pemerintah mengirim surat blorptakan kepada warga.`,
    `Warga ${marker} menerima paket itu dengan gembira.`,
  ].join("\n\n");
}

async function openArticle(page: Page, marker: string): Promise<string> {
  const other = await seedDocument(page.request, `Berita ${marker} Lain\n\nPengiriman barang ke desa tertunda karena hujan.`);
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, other.id);
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
  return id;
}

/** The centre of a word in the Indonesian text, found the way a reader's eye would. */
async function wordPoint(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-testid="reader-text"] [data-testid="source-sentence"]')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.search(new RegExp(`(?<![\\p{L}])${needle}(?![\\p{L}])`, "u"));
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: "center" });
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, word);
  expect(point, `"${word}" is in the text`).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

async function clearWords(request: APIRequestContext) {
  const { words } = (await (await request.get("/api/words")).json()) as { words: { id: string }[] };
  for (const word of words) expect((await request.delete(`/api/words/${word.id}`)).status()).toBe(200);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

test.beforeEach(async ({ request }) => clearWords(request));

test("tap a word: root, senses, English, other sentences; save it once", async ({ page, request, marker }) => {
  await openArticle(page, marker);
  const { x, y } = await wordPoint(page, "dikirimkan");
  await page.mouse.click(x, y);
  const popover = page.getByTestId("word-popover");
  await expect(popover).toHaveAttribute("data-word", "dikirimkan");
  await expect(popover.getByTestId("word-analysis")).toContainText("di-kirim-kan");
  await expect(popover.getByTestId("word-analysis")).toContainText("root kirim");
  await expect(popover.getByTestId("word-affixes")).toContainText("passive");
  await expect(popover.getByTestId("word-senses").locator("li").first()).toHaveText(/send/);
  await expect(popover.getByTestId("word-rendering")).toContainText("In the English:");
  expect(await page.evaluate(() => CSS.highlights.get("word-rendering")?.size ?? 0)).toBeGreaterThan(0);
  await expect(popover.getByTestId("word-examples")).toContainText("Pengiriman barang");
  await expect(popover.getByTestId("word-concordance-link")).toHaveAttribute("href", "/words/concordance?word=dikirimkan");
  expect(await seriousViolations(page)).toEqual([]);

  await popover.getByTestId("save-word").click();
  await expect(popover.getByTestId("save-word-status")).toHaveText("Saved to My words.");
  const again = await request.post("/api/words", { data: { word: "dikirimkan" } });
  expect(again.status()).toBe(200);
  const { words } = (await (await request.get("/api/words")).json()) as { words: { word: string; target: string }[] };
  expect(words.map((w) => w.word)).toEqual(["dikirimkan"]);
  expect(words[0]?.target).not.toBe("");
});

test("an unknown word says so and still offers the concordance; numbers and names offer nothing", async ({ page, marker }) => {
  await openArticle(page, marker);
  const unknown = await wordPoint(page, "blorptakan");
  await page.mouse.click(unknown.x, unknown.y);
  const popover = page.getByTestId("word-popover");
  await expect(popover.getByTestId("word-unknown")).toHaveText("Not in the dictionary.");
  await expect(popover.getByTestId("word-concordance-link")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  for (const word of ["2024", "Bandung"]) {
    const point = await wordPoint(page, word);
    await page.mouse.click(point.x, point.y);
    await expect(page.getByTestId("word-popover")).toHaveCount(0);
  }
});

test("My words: status by one key, search, sort, tint in the reader, Anki export parsed as Anki does", async ({ page, marker }) => {
  const id = await openArticle(page, marker);
  for (const word of ["dikirimkan", "menerima"]) {
    const point = await wordPoint(page, word);
    await page.mouse.click(point.x, point.y);
    await page.getByTestId("save-word").click();
    await expect(page.getByTestId("save-word-status")).toHaveText("Saved to My words.");
    await page.keyboard.press("Escape");
  }
  await page.goto("/words");
  await expect(page.getByTestId("words-page")).toHaveAttribute("data-store", "account");
  const row = page.getByTestId("saved-word").filter({ has: page.locator("[lang=id]", { hasText: /^dikirimkan$/ }) });
  await expect(row).toContainText("Paket bantuan itu dikirimkan");
  await expect(row.locator("p[lang=en]")).not.toBeEmpty();
  await row.focus();
  await page.keyboard.press("2");
  await expect(row).toHaveAttribute("data-status", "learning");
  await page.reload();
  await expect(page.getByTestId("saved-word").first()).toBeVisible();
  await expect(page.locator('[data-word="dikirimkan"]')).toHaveAttribute("data-status", "learning");
  await page.getByTestId("words-sort").selectOption("word");
  await expect(page.getByTestId("saved-word").first()).toHaveAttribute("data-word", "dikirimkan");
  await page.getByTestId("words-search").fill("terima");
  await expect(page.getByTestId("saved-word")).toHaveCount(1);
  await expect(page.getByTestId("saved-word")).toHaveAttribute("data-word", "menerima");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId("words-tint").check();

  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-tinted-words", /^[1-9]/);
  expect(await page.evaluate(() => CSS.highlights.get("word-learning")?.size ?? 0)).toBe(1);
  expect(await page.evaluate(() => CSS.highlights.get("word-new")?.size ?? 0)).toBeGreaterThanOrEqual(1);

  await page.goto("/words");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-anki").click();
  expect((await download).suggestedFilename()).toBe("selaras-words-anki.txt");
  const file = await (await page.request.get("/api/words/export?format=anki")).text();
  const parsed = importAnkiText(file);
  expect(parsed.headers.columns).toBe("front\tback\tword\troot\tsource");
  expect(parsed.rows.map((r) => [r[2], r[3], r.length])).toEqual([["dikirimkan", "kirim", 5], ["menerima", "terima", 5]]);
  expect(parsed.rows[0]?.[0]).toContain("<b>dikirimkan</b>");
  expect(parsed.rows[0]?.[4]).toContain(`/documents/${id}#segment-`);
  const csv = await page.request.get("/api/words/export?format=csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
});

test("keyboard only: w steps into the words, Enter opens, Tab reaches Save, Esc returns", async ({ page, marker }) => {
  await openArticle(page, marker);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("data-testid", "source-sentence");
  await page.keyboard.press("w");
  await expect(page.getByTestId("word-announcement")).toContainText("Paket, word 1 of");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("word-announcement")).toContainText("bantuan, word 2 of");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Word help: bantuan" });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByTestId("word-senses")).toBeVisible();
  await expect(dialog.getByTestId("save-word")).toBeEnabled();
  await dialog.getByTestId("save-word").focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByTestId("save-word-status")).toHaveText("Saved to My words.");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveAttribute("data-testid", "source-sentence");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("a tap opens the word as a bottom sheet", async ({ page, marker }) => {
    await openArticle(page, marker);
    const { x, y } = await wordPoint(page, "dikirimkan");
    await page.touchscreen.tap(x, y);
    const sheet = page.getByTestId("shared-popover");
    await expect(sheet).toHaveAttribute("data-sheet", "true");
    await expect(sheet.getByTestId("word-senses")).toBeVisible();
    const box = await sheet.boundingBox();
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844);
    expect(Math.round(box?.width ?? 0)).toBe(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("without an account, /api/words is 401", async ({ browser }) => {
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await anonymous.request.get("/api/words")).status()).toBe(401);
  expect((await anonymous.request.post("/api/words", { data: { word: "rumah" } })).status()).toBe(401);
  await anonymous.close();
});
