// Pairs, pinning and the keyboard map.
import { test, expect } from "./fixtures";
import { focusedSegment, openReader } from "./reader-helpers";

test("a click pins a pair; hovering elsewhere keeps it; a second click or Esc lets go", async ({ page, marker }) => {
  await openReader(page, marker);
  const text = page.getByTestId("reader-text");
  const sources = text.getByTestId("source-sentence");
  const id = (await sources.nth(2).getAttribute("data-segment-id")) ?? "";
  const pair = text.locator(`[data-segment-id="${id}"]`);
  await expect(pair).toHaveCount(2);

  await sources.nth(2).click();
  for (const half of await pair.all()) await expect(half).toHaveAttribute("data-pinned", "true");
  await sources.nth(4).hover();
  await expect(sources.nth(4)).toHaveAttribute("data-highlighted", "true");
  for (const half of await pair.all()) await expect(half).toHaveAttribute("data-pinned", "true");

  await sources.nth(2).click();
  await expect(text.locator("[data-pinned]")).toHaveCount(0);

  await sources.nth(2).click();
  await expect(text.locator("[data-pinned]")).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(text.locator("[data-pinned]")).toHaveCount(0);
});

test("j/k and the arrows move between sentences in reading order; Enter pins", async ({ page, marker }) => {
  await openReader(page, marker);
  const ids = await page.locator('[data-testid="source-sentence"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.segmentId));
  expect(ids).toHaveLength(7); // the title and six body sentences

  await page.keyboard.press("j");
  expect(await focusedSegment(page)).toBe(ids[0]);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  expect(await focusedSegment(page)).toBe(ids[2]);
  await page.keyboard.press("k");
  expect(await focusedSegment(page)).toBe(ids[1]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await focusedSegment(page)).toBe(ids[3]);
  await page.keyboard.press("ArrowUp");
  expect(await focusedSegment(page)).toBe(ids[2]);
  // Focus lights the pair, Enter pins it.
  await expect(page.locator(`[data-testid="target-sentence"][data-segment-id="${ids[2]}"]`)).toHaveAttribute("data-highlighted", "true");
  await page.keyboard.press("Enter");
  await expect(page.locator(`[data-testid="target-sentence"][data-segment-id="${ids[2]}"]`)).toHaveAttribute("data-pinned", "true");
  // Roving tab stop: Tab leaves the text instead of walking through every sentence.
  const tabbable = await page.locator('[data-testid="source-sentence"][tabindex="0"]').count();
  expect(tabbable).toBe(1);
});

test("? lists the shortcuts, e opens the editor at the sentence, and typing never triggers keys", async ({ page, marker }) => {
  const documentId = await openReader(page, marker);
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeHidden();
  await page.keyboard.press("?");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("kbd", { hasText: /^j$/ })).toBeVisible();
  await expect(dialog).toContainText("Edit this sentence");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Typing in the search box: no movement, no dialog, no mode change.
  const search = page.getByRole("searchbox", { name: "Search all articles" });
  await search.fill("");
  await search.pressSequentially("jk?2e");
  await expect(search).toHaveValue("jk?2e");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "side-by-side");
  await expect(search).toBeFocused();

  // Number keys switch modes.
  await search.blur();
  await page.keyboard.press("2");
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "interlinear");
  await page.keyboard.press("1");
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "side-by-side");

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const segmentId = await focusedSegment(page);
  expect(segmentId).toBeTruthy();
  await page.keyboard.press("e");
  await expect(page).toHaveURL(new RegExp(`/documents/${documentId}/edit#segment-${segmentId}$`));
});
