// The export page follows the form as it stands, says what it leaves out and never
// offers an empty file; one-click downloads say what they include; the model note is
// localised, short and free of server paths. The e2e server has no model: every
// sentence is an offline draft.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, seedDocument, waitUntilTranslated, type SeededDocument } from "./fixtures";

function article(marker: string): string {
  return [`Pasar Ekspor ${marker} Dibuka`, "", `Pasar ${marker} dibuka di Surabaya pada hari Senin. Ribuan pembeli datang.`, "", "Panitia menyiapkan 80 kios."].join("\n");
}

async function seedDrafts(request: Parameters<typeof seedDocument>[0], marker: string): Promise<SeededDocument> {
  const document = await seedDocument(request, article(marker));
  await waitUntilTranslated(request, document.id);
  return document;
}

test("an all-draft selection explains itself, includes drafts in one click, and the link follows every choice", async ({ page, marker }) => {
  const { id } = await seedDrafts(page.request, marker);
  await page.goto(`/export?documents=${id}`);
  await expect(page.getByTestId("export-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("export-pairs")).toHaveText("0 pairs");
  await expect(page.getByTestId("export-drafts-left-out")).toContainText("4 unreviewed draft pairs are left out.");
  await expect(page.getByTestId("export-empty")).toBeVisible();
  await expect(page.getByTestId("export-download")).toHaveCount(0);

  await page.getByTestId("export-include-drafts").click();
  await expect(page.getByLabel("Include unreviewed offline drafts")).toBeChecked();
  await expect(page.getByTestId("export-pairs")).toHaveText("4 pairs");
  await expect(page.getByTestId("export-drafts-left-out")).toHaveCount(0);
  await expect(page.getByTestId("export-by-engine")).toContainText("draft:lexicon");
  await expect(page.getByTestId("export-by-reviewer")).toContainText("not reviewed");
  const link = page.getByTestId("export-download");
  await expect(link).toHaveAttribute("href", /drafts=1/);

  // No Apply: choosing TMX changes the link itself.
  await page.getByLabel(/^TMX 1\.4/).check();
  await expect(link).toHaveAttribute("href", /format=tmx/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);

  // Leaving drafts out again brings the explanation back, with no download.
  await page.getByLabel("Include unreviewed offline drafts").uncheck();
  await expect(page.getByTestId("export-empty")).toBeVisible();
  await expect(page.getByTestId("export-download")).toHaveCount(0);
  await expect(page).toHaveURL(/format=tmx/);
});

test("the API answers an empty export with a message, not an empty file", async ({ request, marker }) => {
  const { id } = await seedDrafts(request, marker);
  const response = await request.get(`/api/documents/${id}/export?format=tsv`);
  expect(response.status()).toBe(404);
  const body = (await response.json()) as { error: { code: string; details: { draftsLeftOut: number } } };
  expect(body.error).toMatchObject({ code: "empty-export", details: { draftsLeftOut: 4 } });
});

test("a corrected draft is listed under its engine and under its reviewer", async ({ page, request, marker }) => {
  const { id } = await seedDrafts(page.request, marker);
  const document = (await (await page.request.get(`/api/documents/${id}`)).json()) as { paragraphs: { segments: { id: string; version: number }[] }[] };
  const segment = document.paragraphs[0]?.segments[0];
  expect(segment).toBeTruthy();
  const saved = await request.patch(`/api/segments/${segment?.id}`, { data: { target: "The export market opens.", version: segment?.version } });
  expect(saved.status()).toBe(200);

  await page.goto(`/export?documents=${id}&status=checked`);
  await expect(page.getByTestId("export-pairs")).toHaveText("1 pair");
  await expect(page.getByTestId("export-by-engine")).toContainText("draft:lexicon");
  await expect(page.getByTestId("export-by-reviewer")).toContainText("Olivia Owner");
  const tsv = await (await page.request.get(`/api/export?documents=${id}&status=checked&columns=meta&header=1`)).text();
  const [header, row] = tsv.trim().split("\n").map((line) => line.split("\t"));
  expect(row?.[header?.indexOf("engine") ?? -1]).toBe("draft:lexicon");
  expect(row?.[header?.indexOf("reviewed_by") ?? -1]).toBe("Olivia Owner");
  expect(row?.[header?.indexOf("status") ?? -1]).toBe("edited");
});

test("the library's and the reader's one-click downloads say they include drafts", async ({ page, marker }) => {
  const { id } = await seedDrafts(page.request, marker);
  await page.goto("/");
  await expect(page.getByTestId("export-tsv")).toHaveText("Download all as TSV, drafts included");
  await expect(page.getByTestId("export-tsv")).toHaveAttribute("href", /drafts=1/);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("export-tsv")).toHaveText("Download TSV, drafts included");
  await expect(page.getByTestId("export-tsv")).toHaveAttribute("href", /drafts=1/);
});

test.describe("in Indonesian on a phone", () => {
  test.use({ locale: "id-ID", viewport: { width: 390, height: 844 } });

  test("the model note is one localised line, details closed, and no server path anywhere", async ({ page, marker }) => {
    const { id } = await seedDrafts(page.request, marker);
    const api = await (await page.request.get(`/api/documents/${id}`)).text();
    expect((JSON.parse(api) as { engineNote: string }).engineNote).toBe("model_unavailable");
    expect(api).not.toContain("no-models");

    await page.goto(`/documents/${id}`);
    const note = page.getByTestId("engine-note");
    await expect(note.locator("summary")).toContainText("Terjemahan draf luring");
    await expect(note.locator("details")).not.toHaveAttribute("open", /.*/);
    await expect(note.getByText("Model penerjemah neural belum terpasang", { exact: false })).toBeHidden();
    // Closed, it takes a line or two of a phone's screen, not the first screen.
    const closed = await note.boundingBox();
    expect(closed?.height ?? Infinity).toBeLessThan(100);
    await note.locator("summary").click();
    await expect(note.getByText("Model penerjemah neural belum terpasang", { exact: false })).toBeVisible();
    expect(await page.content()).not.toContain("no-models");
  });
});

test("the export page's empty and downloadable states have no serious accessibility violations (light theme)", async ({ page, marker }) => {
  const { id } = await seedDrafts(page.request, marker);
  for (const [query, state] of [[`documents=${id}`, "export-empty"], [`documents=${id}&drafts=1`, "export-download"]] as const) {
    await page.goto(`/export?${query}`);
    await expect(page.getByTestId(state)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), query).toEqual([]);
  }
});
