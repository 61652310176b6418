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
