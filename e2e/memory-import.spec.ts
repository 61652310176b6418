// Translation memory imported from a TMX, end to end: upload it on /memory and see the
// counts, ingest an article whose sentence the TMX holds and see the editor fill it as
// imported (unreviewed) memory, then remove the import: the filled sentence stays.
import { test, expect, seedDocument } from "./fixtures";

function tmx(marker: string): string {
  const unit = (id: string, en: string) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4"><header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="e2e" creationtool="e2e" creationtoolversion="1"/><body>',
    unit(`Harga beras di ${marker} naik lagi pada hari Senin.`, `Rice prices in ${marker} rose again on Monday.`),
    unit(`Harga beras di ${marker} naik lagi pada hari Senin.`, `Rice prices in ${marker} rose again on Monday.`),
    unit(`Kalimat tanpa terjemahan ${marker}.`, ""),
    "</body></tmx>",
  ].join("\n");
}

test("import a TMX on /memory, see it fill a new article's sentence as imported, remove it", async ({ page, marker }) => {
  const fileName = `memori-${marker}.tmx`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Memory" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Translation memory" })).toBeVisible();

  await page.getByTestId("memory-file").setInputFiles({ name: fileName, mimeType: "application/x-tmx+xml", buffer: Buffer.from(tmx(marker)) });
  await expect(page.getByTestId("memory-format")).toHaveValue("tmx");
  await page.getByTestId("memory-import").click();
  await expect(page.getByTestId("memory-import-status")).toHaveText(`${fileName}: 1 unit imported, 1 duplicate, 1 refused.`);
  const row = page.getByTestId("memory-import-row").filter({ hasText: fileName });
  await expect(row.getByTestId("memory-import-counts")).toContainText("1 · 1 · 1");
  await expect(row).toContainText("Olivia Owner");
  await expect(row).toContainText("empty English (1)");

  const document = await seedDocument(page.request, `Pasar ${marker}\n\nHarga beras di ${marker} naik lagi pada hari Senin. Pedagang di ${marker} mengeluh.`);
  await page.goto(`/documents/${document.id}/edit`);
  const filled = page.getByTestId("segment-row").filter({ hasText: `Harga beras di ${marker} naik lagi` });
  await expect(filled.getByTestId("target-field")).toHaveValue(`Rice prices in ${marker} rose again on Monday.`);
  await expect(filled.getByTestId("segment-status")).toHaveText("From memory, not reviewed");
  await expect(filled.getByTestId("imported-origin")).toHaveText(`Imported from ${fileName}`);

  await page.goto("/memory");
  await row.getByTestId("memory-remove").click();
  const dialog = page.getByRole("dialog", { name: `Remove ${fileName} from translation memory?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("memory-list-status")).toHaveText(`${fileName} was removed from translation memory.`);
  await expect(row).toHaveCount(0);

  // The sentence already filled keeps its text and its recorded origin.
  await page.goto(`/documents/${document.id}/edit`);
  await expect(filled.getByTestId("target-field")).toHaveValue(`Rice prices in ${marker} rose again on Monday.`);
  await expect(filled.getByTestId("imported-origin")).toHaveText(`Imported from ${fileName}`);
});

// Larger than the proxy's 3 MB body buffer (next.config.mjs), which would cut it short:
// the upload route streams past the proxy to disk, and the page follows the import.
test("a 6 MB TMX imports through the page, with its progress and then its counts", async ({ page, marker }) => {
  const fileName = `besar-${marker}.tmx`;
  const units: string[] = [];
  let size = 0;
  for (let i = 0; size < 6 * 1024 * 1024; i += 1) {
    const unit = `<tu><tuv xml:lang="id"><seg>Kalimat ${marker} nomor ${i} tentang harga beras di pasar kota.</seg></tuv><tuv xml:lang="en"><seg>Sentence ${marker} number ${i} about rice prices at the city market.</seg></tuv></tu>\n`;
    units.push(unit);
    size += unit.length;
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="e2e" creationtool="e2e" creationtoolversion="1"/><body>\n${units.join("")}</body></tmx>\n`;
  await page.goto("/memory");
  await page.getByTestId("memory-file").setInputFiles({ name: fileName, mimeType: "application/x-tmx+xml", buffer: Buffer.from(body) });
  await page.getByTestId("memory-import").click();
  await expect(page.getByTestId("memory-import-status")).toHaveText(`${fileName}: ${units.length.toLocaleString("en-US")} units imported, 0 duplicates, 0 refused.`, { timeout: 60_000 });
  const row = page.getByTestId("memory-import-row").filter({ hasText: fileName });
  await expect(row.getByTestId("memory-import-counts")).toContainText(`${units.length} · 0 · 0`);
  const list = await page.request.get("/api/memory/import");
  const imports = ((await list.json()) as { imports: { fileName: string; status: string; units: number }[] }).imports;
  expect(imports.find((i) => i.fileName === fileName)).toMatchObject({ status: "done", units: units.length });
});
