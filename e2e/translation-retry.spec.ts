// A sentence whose translation failed shows its reason with a retry button in the
// reader and in the editor; retrying sends it to the worker process, which translates
// it at once (woken across processes, no poll). The failure is seeded in the test's own
// throwaway database: the draft engine used here never fails by itself.
import path from "node:path";
import Database from "better-sqlite3";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

const E2E_DB = path.resolve(".tmp/e2e/e2e.db");
const REASON = "Translation model returned 0 items for 1 sentences";

/** Turns a translated sentence into one whose translation failed every attempt. */
function failSentence(segmentId: string): void {
  const handle = new Database(E2E_DB, { timeout: 10_000 });
  try {
    const now = new Date().toISOString().replace("Z", "+00:00");
    handle.transaction(() => {
      handle.prepare(`UPDATE "Segment" SET "status" = 'pending', "target" = NULL, "version" = "version" + 1 WHERE "id" = ?`).run(segmentId);
      handle
        .prepare(`INSERT INTO "TranslationTask" ("segmentId", "kind", "attempts", "maxAttempts", "lastError", "failedAt", "createdAt") VALUES (?, 'translate', 3, 3, ?, ?, ?)`)
        .run(segmentId, REASON, now, now);
    })();
  } finally {
    handle.close();
  }
}

type ApiDocument = { paragraphs: { segments: { id: string; source: string }[] }[] };

async function seedWithFailure(request: Parameters<typeof seedDocument>[0], marker: string) {
  const { id } = await seedDocument(request, `Kabar Gagal ${marker}\n\nKalimat pertama ${marker} baik. Kalimat kedua ${marker} gagal diterjemahkan.`);
  await waitUntilTranslated(request, id);
  const document = (await (await request.get(`/api/documents/${id}`)).json()) as ApiDocument;
  const failed = document.paragraphs.flatMap((p) => p.segments).find((s) => s.source.includes("gagal"));
  expect(failed).toBeDefined();
  failSentence(failed!.id);
  return { id, segmentId: failed!.id, source: failed!.source };
}

test("the reader lists a failed sentence with its reason, and retrying translates it", async ({ page, marker }) => {
  const { id, segmentId, source } = await seedWithFailure(page.request, marker);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
  const panel = page.getByTestId("translation-failures");
  await expect(panel).toContainText("1 sentence could not be translated");
  const item = panel.getByTestId("translation-failure");
  await expect(item).toHaveAttribute("data-segment-id", segmentId);
  await expect(item).toContainText(source);
  await expect(item).toContainText(`Reason: ${REASON}`);
  await item.getByRole("button", { name: "Try again" }).click();
  await expect(panel).toBeHidden();
  const target = page.locator(`[data-testid="target-sentence"][data-segment-id="${segmentId}"]`);
  await expect(target).toHaveAttribute("data-status", "machine");
  await expect(target).not.toHaveText("translating…");
});

test("the editor shows the failure on the sentence's row, and retrying fills in the translation", async ({ page, marker }) => {
  const { id, segmentId } = await seedWithFailure(page.request, marker);
  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  const row = page.locator(`[data-testid="segment-row"][data-segment-id="${segmentId}"]`);
  const notice = row.getByTestId("translation-failed");
  await expect(notice).toContainText(`The machine translation of this sentence failed: ${REASON}`);
  await expect(row).toHaveAttribute("data-status", "pending");
  await notice.getByRole("button", { name: "Try again" }).click();
  await expect(notice).toBeHidden();
  await expect(row).toHaveAttribute("data-status", "machine");
  await expect(row.getByTestId("target-field")).not.toHaveValue("");
});
