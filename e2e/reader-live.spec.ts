// Live progress: sentences fill in while a document translates, with no reload; and a
// restored line comes back and translates live.
import type { Page, Route } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

type ApiDocument = {
  status: string;
  progress: { translated: number; total: number };
  paragraphs: { segments: { id: string; source: string; target: string | null; status: string }[] }[];
};

function longArticle(marker: string, sentences: number): string {
  const lines = [`Laporan Panjang ${marker}`];
  for (let p = 0; p < sentences / 4; p += 1) {
    lines.push(Array.from({ length: 4 }, (_, s) => `Kalimat nomor ${p * 4 + s + 1} dari laporan ${marker} membahas harga beras di pasar.`).join(" "));
  }
  return lines.join("\n\n");
}

/** Counts full page loads, so a test can prove nothing reloaded. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on("load", () => (loads += 1));
  return () => loads;
}

test("a translating article fills in by itself, progress bar and all", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, longArticle(marker, 240));
  const loads = countLoads(page);
  await page.goto(`/documents/${id}`);
  const bar = page.getByRole("progressbar", { name: "Translation progress" });
  await expect(bar).toBeVisible();
  const total = Number(await bar.getAttribute("aria-valuemax"));
  expect(total).toBe(241);
  const seen: number[] = [];
  await expect
    .poll(async () => {
      seen.push(Number(await bar.getAttribute("aria-valuenow")));
      return seen.at(-1);
    }, { timeout: 60_000, intervals: [100] })
    .toBe(total);
  // Never goes backwards, and every English sentence has text in the end.
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  await expect(page.getByTestId("target-sentence").filter({ hasText: /translating…/ })).toHaveCount(0);
  await expect(page.locator('span[data-status="ready"]')).toBeVisible();
  expect(loads()).toBe(1);
});

test("restoring a removed line brings it back and its sentence translates live", async ({ page, marker }) => {
  const removed = `Baca juga: Harga cabai ${marker} naik lagi`;
  const text = [`Cuaca Cerah ${marker}`, `Cuaca di Jakarta ${marker} cerah sepanjang hari.`, removed, `Warga ${marker} berolahraga di taman.`].join("\n\n");
  const { id } = await seedDocument(page.request, text);
  await waitUntilTranslated(page.request, id);
  const loads = countLoads(page);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");

  // Hold the first answer after the restore at "translating", so the live fill-in is observable.
  let held = 0;
  await page.route(`**/api/documents/${id}`, async (route: Route) => {
    const response = await route.fetch();
    const body = (await response.json()) as ApiDocument;
    const restored = body.paragraphs.flatMap((p) => p.segments).find((s) => s.source.includes("Baca juga"));
    if (held < 2 && restored) {
      held += 1;
      restored.target = null;
      restored.status = "pending";
      body.status = "translating";
      body.progress = { ...body.progress, translated: body.progress.total - 1 };
    }
    await route.fulfill({ response, json: body });
  });

  await page.getByText(/1 line removed/).click();
  const line = page.getByTestId("removed-line").filter({ hasText: removed });
  await expect(line).toBeVisible();
  await line.getByRole("button", { name: "Restore" }).click();

  const restoredSource = page.getByTestId("source-sentence").filter({ hasText: `Harga cabai ${marker}` });
  await expect(restoredSource).toBeVisible();
  const restoredId = (await restoredSource.getAttribute("data-segment-id")) ?? "";
  const restoredTarget = page.locator(`[data-testid="target-sentence"][data-segment-id="${restoredId}"]`);
  await expect(restoredTarget).toHaveText(/translating…/);
  await expect(page.getByRole("progressbar", { name: "Translation progress" })).toHaveAttribute("aria-valuenow", "3");
  // Then the poller brings the translation in.
  await expect(restoredTarget).not.toHaveText(/translating…/);
  await expect(page.getByRole("progressbar", { name: "Translation progress" })).toHaveAttribute("aria-valuenow", "4");
  await expect(page.getByTestId("removed-line")).toHaveCount(0);
  expect(loads()).toBe(1);
});
