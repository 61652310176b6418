import { test, expect } from "./fixtures";

function article(marker: string): { title: string; body: string; sentences: number } {
  const title = `Festival Kuliner ${marker} Dibuka`;
  const body = [
    `Festival kuliner ${marker} dibuka di Bandung pada hari Sabtu. Ribuan warga datang sejak pagi.`,
    `Panitia mengatakan ada 120 stan makanan. "Kami senang sekali," kata seorang pedagang.`,
  ].join("\n\n");
  return { title, body, sentences: 5 }; // the title and four body sentences
}

test("paste an article, watch both columns fill, follow pairs, download TSV", async ({ page, marker }) => {
  const { title, body, sentences } = article(marker);
  await page.goto("/");
  await expect(page.getByTestId("ingest-form")).toBeVisible();
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(title);
  await page.getByLabel("Article text (Indonesian)").fill(body);
  await page.getByRole("button", { name: "Add and translate" }).click();

  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  // The body's sentences; the title pair sits in the header.
  const sources = page.getByTestId("reader-text").getByTestId("source-sentence");
  const targets = page.getByTestId("reader-text").getByTestId("target-sentence");
  await expect(sources).toHaveCount(sentences - 1);
  await expect(sources.first().locator("xpath=ancestor::p[1]")).toHaveAttribute("lang", "id");
  await expect(targets.first().locator("xpath=ancestor::p[1]")).toHaveAttribute("lang", "en");
  await expect(targets).toHaveCount(sentences - 1);
  // Live fill-in: every English sentence ends up with text, without a reload.
  for (let i = 0; i < sentences - 1; i += 1) await expect(targets.nth(i)).not.toHaveText(/^\s*$|translating/i);
  await expect(page.getByTestId("engine-note")).toBeVisible();

  // Hovering a sentence lights up its pair, and only its pair.
  const second = sources.nth(1);
  const id = await second.getAttribute("data-segment-id");
  await second.hover();
  await expect(second).toHaveAttribute("data-highlighted", "true");
  await expect(page.locator(`[data-testid="target-sentence"][data-segment-id="${id}"]`)).toHaveAttribute("data-highlighted", "true");
  await expect(page.locator('[data-testid="target-sentence"][data-highlighted="true"]')).toHaveCount(1);

  // Keyboard focus does the same.
  await sources.nth(2).focus();
  const focusedId = await sources.nth(2).getAttribute("data-segment-id");
  await expect(page.locator(`[data-testid="target-sentence"][data-segment-id="${focusedId}"]`)).toHaveAttribute("data-highlighted", "true");

  const download = page.getByTestId("export-tsv").first();
  await expect(download).toBeVisible();
  const href = await download.getAttribute("href");
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? "");
  expect(response.headers()["content-type"]).toContain("text/tab-separated-values");
  const lines = (await response.text()).split("\n").filter(Boolean);
  expect(lines).toHaveLength(sentences);
  for (const line of lines) expect(line.split("\t")).toHaveLength(2);
  expect(lines.some((line) => line.startsWith(`Festival kuliner ${marker}`))).toBe(true);
});

test("empty text is refused with a clear message and the typed title is kept", async ({ page, marker }) => {
  await page.goto("/");
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(`Judul ${marker}`);
  await page.getByLabel("Article text (Indonesian)").fill("   \n  ");
  await page.getByRole("button", { name: "Add and translate" }).click();
  // (Next's route announcer is an empty alert too.)
  await expect(page.getByRole("alert").filter({ hasText: /no text|empty|kosong/i })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/)).toHaveValue(`Judul ${marker}`);
  await expect(page).toHaveURL(/\/$/);
});

test("the interface switches to Indonesian and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const switcher = page.getByRole("group", { name: /Interface language|Bahasa antarmuka/ });
  await expect(switcher).toBeVisible();
  await switcher.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("button", { name: "Tambah dan terjemahkan" })).toBeVisible();
  await switcher.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Add and translate" })).toBeVisible();
});
