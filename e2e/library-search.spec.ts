// Search across both languages, and the library's filters and order.
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

function article(marker: string): string {
  return [`Panen Raya ${marker}`, `Petani di desa ${marker} memanen padi lebih awal tahun ini.`, `Hasil panen ${marker} naik dua kali lipat.`].join("\n\n");
}

test("search from the header finds a sentence, highlights the word and opens the reader at it", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search all articles" });
  await expect(box).toBeVisible();
  // A prefix of the marker: the last word matches its beginnings.
  await box.fill(`hasil ${marker.slice(0, -2)}`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);

  const groups = page.getByTestId("search-group");
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toHaveAttribute("data-document-id", id);
  const hit = groups.first().getByTestId("search-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('[lang="id"] mark')).toHaveText(["Hasil", marker]);
  await expect(page.getByTestId("search-summary")).toHaveText(/1 sentence in 1 article/);

  const segmentId = (await hit.getAttribute("data-segment-id")) ?? "";
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?q=.*#segment-${segmentId}$`));
  const source = page.locator(`[data-testid="source-sentence"][data-segment-id="${segmentId}"]`);
  await expect(source).toHaveAttribute("data-pinned", "true");
  await expect(page.locator(`[data-testid="target-sentence"][data-segment-id="${segmentId}"]`)).toHaveAttribute("data-pinned", "true");
  await expect(source).toBeFocused();
  await expect(source).toBeInViewport();
  // The searched words are painted throughout the article (CSS Custom Highlight API).
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get("search-terms") ?? [])].map((range) => range.toString().toLowerCase())))
    .toEqual(expect.arrayContaining(["hasil", marker.toLowerCase()]));
});

test("the article title in a search result opens the article with the words lit", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/search?q=${marker}`);
  const link = page.getByTestId("search-group").first().getByRole("heading", { level: 2 }).getByRole("link");
  await expect(link).toHaveAttribute("href", `/documents/${id}?q=${marker}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?q=${marker}$`));
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get("search-terms") ?? [])].map((range) => range.toString().toLowerCase())))
    .toEqual(expect.arrayContaining([marker.toLowerCase()]));
});

test("the search API answers JSON, and refuses an empty query", async ({ request, marker }) => {
  const { id } = await seedDocument(request, article(marker));
  await waitUntilTranslated(request, id);
  const found = await request.get(`/api/search?q=${encodeURIComponent(`padi ${marker}`)}`);
  expect(found.status()).toBe(200);
  const body = (await found.json()) as { ok: boolean; total: number; groups: { documentId: string; hits: { source: { text: string; match: boolean }[] }[] }[] };
  expect(body).toMatchObject({ ok: true, total: 1 });
  expect(body.groups[0]?.documentId).toBe(id);
  expect(body.groups[0]?.hits[0]?.source.filter((p) => p.match).map((p) => p.text)).toEqual([marker, "padi"]);
  const empty = await request.get("/api/search?q=%20%22%20");
  expect(empty.status()).toBe(422);
  expect(((await empty.json()) as { error: { code: string } }).error.code).toBe("empty-query");
  const nothing = await request.get(`/api/search?q=${marker}zzz`);
  expect(((await nothing.json()) as { total: number }).total).toBe(0);
});

test("the search page says when nothing matches", async ({ page, marker }) => {
  await page.goto(`/search?q=${marker}tidakada`);
  await expect(page.getByText("Nothing found")).toBeVisible();
  await expect(page.getByTestId("search-group")).toHaveCount(0);
});

test("library filters and order live in the URL and are applied on the server", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto("/");
  const row = page.locator(`[data-document-id="${id}"]`);
  await expect(row).toBeVisible();

  await page.getByLabel("Status", { exact: true }).selectOption("failed");
  await expect(page).toHaveURL(/status=failed/);
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("library-count")).toContainText("shown");

  await page.getByLabel("Status", { exact: true }).selectOption("ready");
  await expect(page).toHaveURL(/status=ready/);
  await expect(row).toBeVisible();

  await page.getByLabel("Review", { exact: true }).selectOption("with");
  await expect(page).toHaveURL(/edits=with/);
  await expect(row).toHaveCount(0);

  await page.goto("/?sort=title&edits=without");
  await expect(page.getByLabel("Order", { exact: true })).toHaveValue("title");
  await expect(page.getByLabel("Review", { exact: true })).toHaveValue("without");
  const titles = await page.getByTestId("document-list").locator("li a").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base", numeric: true })));
  await expect(row).toBeVisible();
});

test("the overview shows the corpus in small charts with text alternatives", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto("/overview");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("overview-totals")).toContainText(/\d+ articles? · \d+ sentences?/);
  await expect(page.getByRole("table", { name: "Sentences by status" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sentences by status" }).getByRole("rowheader", { name: "Machine" })).toBeVisible();
  await expect(page.getByRole("img", { name: /added between/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Translated sentences by engine" })).toContainText("draft:");
});
