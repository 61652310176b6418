// How quiet the reader is: one draft mark per sentence instead of a line under every
// word, name marks only on the pair being read, the same counts everywhere, the keyboard
// hints on a desktop, and a print view without the tooltip under the mouse.
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";
import { openReader } from "./reader-helpers";

function namesArticle(marker: string): string {
  return [
    `Kunjungan ${marker} ke Moskow`,
    `Delegasi ${marker} tiba di Moskow pada hari Senin.`,
    `Pertemuan ${marker} akan digelar di Moskow pekan depan.`,
  ].join("\n\n");
}

test("drafts are marked once per sentence, not underlined word by word", async ({ page, marker }) => {
  await openReader(page, marker);
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  await expect(targets.first()).toHaveAttribute("data-draft", "true");
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId("reader-text").getByTestId("draft-mark")).toHaveCount(count);
  for (let i = 0; i < count; i += 1) await expect(targets.nth(i)).toHaveCSS("text-decoration-line", "none");
});

test("name marks stay quiet until their pair is read", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, namesArticle(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
  const sentence = page.getByTestId("reader-text").getByTestId("source-sentence").first();
  const mark = sentence.getByTestId("entity-mark").filter({ hasText: "Moskow" });
  await expect(mark).toHaveText("Moskow");
  await expect(mark).toHaveCSS("text-decoration-color", "rgba(0, 0, 0, 0)");
  await sentence.focus();
  await page.keyboard.press("Enter");
  await expect(sentence).toHaveAttribute("data-pinned", "true");
  await expect(mark).not.toHaveCSS("text-decoration-color", "rgba(0, 0, 0, 0)");
});

// Focus, not hover: the print layout moves the text away from a resting mouse, while a
// focused name keeps its tooltip open whatever the layout.
test("the print view leaves out a tooltip that was showing", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, namesArticle(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}`);
  const mark = page.getByTestId("reader-text").getByTestId("entity-mark").filter({ hasText: "Moskow" }).first();
  await expect(mark).toBeVisible();
  await mark.focus();
  const tip = page.getByRole("tooltip").filter({ hasText: "Moskow" }).first();
  await expect(tip).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(tip).toBeHidden();
  await expect(page.getByTestId("reader-text")).toBeVisible();
});

test("the header, the progress bar and the editor count the same sentences", async ({ page, marker }) => {
  const id = await openReader(page, marker);
  // Title + 2 + 3 + 1 sentences in 3 paragraphs.
  await expect(page.getByTestId("document-counts")).toContainText("3 paragraphs · 7 sentences, title included");
  await expect(page.getByTestId("progress")).toContainText("7/7 sentences");
  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("review-progress")).toContainText("0/7 reviewed");
});

test("a desktop shows the keyboard hints and not the touch wording", async ({ page, marker }) => {
  await openReader(page, marker);
  await expect(page.getByTestId("shortcuts-button")).toBeVisible();
  await expect(page.getByText("press Esc to let go")).toBeVisible();
  await expect(page.getByTestId("touch-hint")).toBeHidden();
});
