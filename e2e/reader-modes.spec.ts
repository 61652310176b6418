// The three reading modes, each remembered for the next visit.
import { test, expect } from "./fixtures";
import { openReader } from "./reader-helpers";

test("side by side keeps each paragraph's two columns aligned, row by row", async ({ page, marker }) => {
  await openReader(page, marker);
  const text = page.getByTestId("reader-text");
  await expect(text).toHaveAttribute("data-mode", "side-by-side");
  await expect(page.getByRole("button", { name: "Side by side" })).toHaveAttribute("aria-pressed", "true");
  const rows = text.locator("[data-paragraph-index]");
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) {
    const source = rows.nth(i).locator("p[lang=id]");
    const target = rows.nth(i).locator("p[lang=en]");
    await expect(source).toBeVisible();
    await expect(target).toBeVisible();
    const [a, b] = [await source.boundingBox(), await target.boundingBox()];
    // Same row: both columns start at the same height, the English to the right.
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2);
    expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
  }
});

test("interlinear puts each English sentence under its Indonesian and is remembered", async ({ page, marker }) => {
  await openReader(page, marker);
  await page.getByRole("button", { name: "Interlinear" }).click();
  const text = page.getByTestId("reader-text");
  await expect(text).toHaveAttribute("data-mode", "interlinear");
  const pairs = text.locator("[data-pair]");
  await expect(pairs).toHaveCount(6);
  for (let i = 0; i < 6; i += 1) {
    const source = pairs.nth(i).getByTestId("source-sentence");
    const target = pairs.nth(i).getByTestId("target-sentence");
    await expect(target).toBeVisible();
    await expect(target).toHaveAttribute("data-segment-id", (await source.getAttribute("data-segment-id")) ?? "");
    expect((await target.boundingBox())?.y ?? 0).toBeGreaterThan((await source.boundingBox())?.y ?? 0);
  }
  await page.reload();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "interlinear");
  await expect(page.getByRole("button", { name: "Interlinear" })).toHaveAttribute("aria-pressed", "true");
});

test("learning mode hides the English until a tap or Enter reveals it", async ({ page, marker }) => {
  await openReader(page, marker);
  await page.getByRole("button", { name: "Learning" }).click();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "learning");
  const sources = page.getByTestId("reader-text").getByTestId("source-sentence");
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  await expect(sources).toHaveCount(6);
  for (let i = 0; i < 6; i += 1) await expect(targets.nth(i)).toBeHidden();

  // Tap reveals, a second tap hides again.
  await sources.nth(1).click();
  await expect(sources.nth(1)).toHaveAttribute("aria-expanded", "true");
  await expect(targets.nth(1)).toBeVisible();
  await expect(targets.nth(0)).toBeHidden();
  await sources.nth(1).click();
  await expect(targets.nth(1)).toBeHidden();

  // Enter on a focused sentence does the same.
  await sources.nth(3).focus();
  await page.keyboard.press("Enter");
  await expect(sources.nth(3)).toHaveAttribute("aria-expanded", "true");
  await expect(targets.nth(3)).toBeVisible();

  await page.getByTestId("reveal-all").click();
  for (let i = 0; i < 6; i += 1) await expect(targets.nth(i)).toBeVisible();
  await page.getByTestId("hide-all").click();
  for (let i = 0; i < 6; i += 1) await expect(targets.nth(i)).toBeHidden();

  await page.reload();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "learning");
});
