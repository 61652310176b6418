// Phone-sized screens: the reader stacks each paragraph's English under its Indonesian,
// and no page scrolls sideways.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openReader } from "./reader-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test("the reader stacks the columns and fits the screen in every mode", async ({ page, marker }) => {
  await openReader(page, marker);
  const row = page.getByTestId("reader-text").locator("[data-paragraph-index]").first();
  const source = row.locator("p[lang=id]");
  const target = row.locator("p[lang=en]");
  await expect(source).toBeVisible();
  await expect(target).toBeVisible();
  const [a, b] = [await source.boundingBox(), await target.boundingBox()];
  expect(b?.y ?? 0).toBeGreaterThanOrEqual((a?.y ?? 0) + (a?.height ?? 0) - 1);
  expect(Math.abs((b?.width ?? 0) - (a?.width ?? 0))).toBeLessThan(40);
  await expectNoSidewaysScroll(page);

  await page.getByRole("button", { name: "Learning" }).tap();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "learning");
  const first = page.getByTestId("reader-text").getByTestId("source-sentence").first();
  await first.tap();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expectNoSidewaysScroll(page);

  await page.getByRole("button", { name: "Interlinear" }).tap();
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", "interlinear");
  await expectNoSidewaysScroll(page);
});

test("library, search and overview fit a phone screen", async ({ page, marker }) => {
  await openReader(page, marker);
  for (const path of ["/", `/search?q=${marker}`, "/overview"]) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await expect(page.getByRole("searchbox", { name: "Search all articles" })).toBeVisible();
});

test("a touch screen gets touch wording instead of keyboard hints", async ({ page, marker }) => {
  await openReader(page, marker);
  expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
  await expect(page.getByTestId("shortcuts-button")).toBeHidden();
  await expect(page.getByText("press Esc to let go")).toBeHidden();
  await expect(page.getByTestId("touch-hint")).toHaveText("Tap a sentence to keep its pair lit; tap it again to let go.");
});
