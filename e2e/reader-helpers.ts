// Shared by the reader specs: an article with a title and three paragraphs of uneven
// length, seeded and translated, then opened once the keyboard map is live.
import type { Page } from "@playwright/test";
import { expect, seedDocument, waitUntilTranslated } from "./fixtures";

export function readerArticle(marker: string): string {
  return [
    `Kereta Cepat ${marker} Mulai Beroperasi`,
    `Kereta cepat ${marker} mulai beroperasi pada hari Senin. Penumpang pertama tiba di Bandung.`,
    `Menteri Perhubungan mengatakan tiket ${marker} terjual habis dalam dua jam. Harga tiket mulai dari dua ratus ribu rupiah. Stasiun dibuka sejak pukul lima pagi.`,
    `Warga ${marker} menyambut baik layanan baru ini.`,
  ].join("\n\n");
}

export async function openReader(page: Page, marker: string, mode?: "side-by-side" | "interlinear" | "learning"): Promise<string> {
  const { id } = await seedDocument(page.request, readerArticle(marker));
  await waitUntilTranslated(page.request, id);
  if (mode) await page.context().addCookies([{ name: "selaras-reader-mode", value: mode, domain: "127.0.0.1", path: "/" }]);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
  return id;
}

/** The id of the sentence that has keyboard focus. */
export async function focusedSegment(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.segmentId ?? null);
}
