// The editor's keyboard workflow end to end: save and move on, revert, approve, a save
// that lost the race, drafts that survive a reload, history with a diff and a restore.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

type ApiSegment = { id: string; target: string | null; status: string; version: number };

// The marker is in every sentence: translation memory would otherwise fill sentences
// that an earlier test corrected.
function article(marker: string): string {
  return [
    `Pasar Murah ${marker} Digelar`,
    `Pemerintah kota menggelar pasar murah ${marker} di alun-alun pada hari Minggu. Warga ${marker} datang sejak pagi.`,
    `Harga beras di pasar ${marker} lebih rendah dari harga biasa. Panitia ${marker} menyiapkan dua ton beras.`,
  ].join("\n\n");
}

async function waitForEditor(page: Page) {
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
}

async function segmentsOf(request: APIRequestContext, id: string): Promise<ApiSegment[]> {
  const body = (await (await request.get(`/api/segments?documentId=${id}`)).json()) as { segments: ApiSegment[] };
  return body.segments;
}

async function openEditor(page: Page, marker: string) {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}/edit`);
  await waitForEditor(page);
  const rows = page.getByTestId("segment-row");
  await expect(rows).toHaveCount(5);
  return { id, rows, fields: page.getByTestId("target-field") };
}

test("keyboard: Ctrl+Enter saves and moves on, Esc reverts, Ctrl+Shift+Enter approves", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  const progress = page.getByTestId("review-progress");
  await expect(progress).toContainText("0/5 reviewed");

  await fields.nth(1).click();
  await expect(fields.nth(1)).toBeFocused();
  await fields.nth(1).fill(`The city government holds a cheap market ${marker}.`);
  await expect(rows.nth(1).getByTestId("save-state")).toHaveText("Unsaved changes");
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  await expect(fields.nth(2)).toBeFocused();
  await expect(progress).toContainText("1/5 reviewed");

  const original = await fields.nth(2).inputValue();
  await page.keyboard.type(" something wrong");
  await expect(fields.nth(2)).toHaveValue(`${original} something wrong`);
  await page.keyboard.press("Escape");
  await expect(fields.nth(2)).toHaveValue(original);

  await page.keyboard.press("Alt+ArrowUp");
  await expect(fields.nth(1)).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(fields.nth(2)).toBeFocused();
  await page.keyboard.press("Control+Shift+Enter");
  await expect(rows.nth(2).getByTestId("segment-status")).toHaveAttribute("data-status", "approved");
  await expect(fields.nth(3)).toBeFocused();
  await expect(progress).toContainText("2/5 reviewed");

  const stored = await segmentsOf(page.request, id);
  expect(stored[1]).toMatchObject({ target: `The city government holds a cheap market ${marker}.`, status: "edited" });
  expect(stored[2]).toMatchObject({ target: original, status: "approved" });

  await page.getByTestId("filter-approved").click();
  await expect(page.getByTestId("filter-approved")).toHaveAttribute("aria-checked", "true");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId("segment-status")).toHaveAttribute("data-status", "approved");
});

test("a save that lost the race shows both texts and keeps mine on request", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  const segment = (await segmentsOf(page.request, id))[1]!;
  await fields.nth(1).fill("My careful translation.");

  const other = await page.request.patch(`/api/segments/${segment.id}`, { data: { target: "Their quick translation.", version: segment.version } });
  expect(other.status()).toBe(200);

  await page.keyboard.press("Control+Enter");
  const conflict = rows.nth(1).getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("Their quick translation.");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("My careful translation.");
  await expect(fields.nth(1)).toHaveValue("My careful translation.");

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(conflict).toBeHidden();
  await expect(rows.nth(1).getByTestId("save-state")).toHaveText("Saved");
  const stored = (await segmentsOf(page.request, id))[1]!;
  expect(stored).toMatchObject({ target: "My careful translation.", status: "edited", version: segment.version + 2 });
});

test("unsaved text survives a reload and is offered back", async ({ page, marker }) => {
  const { fields, rows } = await openEditor(page, marker);
  await fields.nth(3).fill("Typed but never saved.");
  await expect(rows.nth(3).getByTestId("save-state")).toHaveText("Unsaved changes");
  await page.reload();
  await waitForEditor(page);
  const offer = rows.nth(3).getByTestId("draft-offer");
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "Restore it" }).click();
  await expect(fields.nth(3)).toHaveValue("Typed but never saved.");
  await expect(offer).toBeHidden();
});

test("a save that cannot reach the server keeps the text and succeeds on retry", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  await page.route("**/api/segments/*", (route) => (route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.fallback()));
  await fields.nth(1).fill(`Written offline ${marker}.`);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("save-failed")).toBeVisible();
  await expect(fields.nth(1)).toBeFocused();
  await expect(fields.nth(1)).toHaveValue(`Written offline ${marker}.`);

  await page.unroute("**/api/segments/*");
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("save-failed")).toBeHidden();
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  expect((await segmentsOf(page.request, id))[1]).toMatchObject({ target: `Written offline ${marker}.`, status: "edited" });
});

test("history lists the engine's and the person's revisions, diffs them and restores one", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  const machineText = await fields.nth(1).inputValue();
  await fields.nth(1).fill(`Corrected ${marker}.`);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");

  await fields.nth(1).focus();
  await expect(rows.nth(1).getByTestId("row-actions")).toBeVisible();
  await rows.nth(1).getByTestId("open-history").click();
  const history = page.getByTestId("history-panel");
  await expect(history).toBeVisible();
  const revisions = history.getByTestId("revision");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first().getByTestId("revision-origin")).toContainText("a person");
  await expect(revisions.last().getByTestId("revision-origin")).toContainText("draft:");
  await expect(history.getByTestId("history-diff").locator("ins").first()).toContainText("Corrected");

  await revisions.last().getByRole("button", { name: "Restore" }).click();
  await expect(fields.nth(1)).toHaveValue(machineText);
  await expect(revisions).toHaveCount(3);
  const stored = (await segmentsOf(page.request, id))[1]!;
  expect(stored).toMatchObject({ target: machineText, status: "machine" });
});

test("a correction is offered to its repeats elsewhere, and similar sentences insert with Ctrl+1", async ({ page, marker }) => {
  const repeated = `Kalimat ulang ${marker} muncul dua kali.`;
  const first = await seedDocument(page.request, [`Berita Pertama ${marker}`, `${repeated} Ini kalimat ${marker} pertama.`].join("\n\n"));
  const second = await seedDocument(page.request, [`Berita Kedua ${marker}`, `${repeated} Kalimat ulang ${marker} muncul tiga kali.`].join("\n\n"));
  await waitUntilTranslated(page.request, first.id);
  await waitUntilTranslated(page.request, second.id);

  await page.goto(`/documents/${first.id}/edit`);
  await waitForEditor(page);
  const fields = page.getByTestId("target-field");
  await expect(fields).toHaveCount(3);
  await fields.nth(1).fill(`The repeated sentence ${marker} appears twice.`);
  await page.keyboard.press("Control+Enter");
  const offer = page.getByTestId("repetitions-offer");
  await expect(offer).toContainText("appears once more");
  await offer.getByTestId("apply-to-all").click();
  await expect(page.getByTestId("editor-notice")).toHaveText("1 other sentence updated.");
  const copies = await segmentsOf(page.request, second.id);
  expect(copies[1]).toMatchObject({ target: `The repeated sentence ${marker} appears twice.`, status: "edited" });

  await page.goto(`/documents/${second.id}/edit`);
  await waitForEditor(page);
  await fields.nth(2).click();
  const suggestion = page.getByTestId("suggestion").first();
  await expect(suggestion).toContainText("83% similar");
  await expect(suggestion).toContainText(`The repeated sentence ${marker} appears twice.`);
  await page.keyboard.press("Control+1");
  await expect(fields.nth(2)).toHaveValue(`The repeated sentence ${marker} appears twice.`);
});

test("split a pair at the cursor on both sides, then merge it back", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  const before = (await segmentsOf(page.request, id))[1]!;
  const source = `Pemerintah kota menggelar pasar murah ${marker} di alun-alun pada hari Minggu.`;
  await fields.nth(1).focus();
  await rows.nth(1).getByTestId("split").click();
  const panel = rows.nth(1).getByTestId("split-panel");
  await expect(panel).toBeVisible();
  const cut = source.indexOf(" di alun-alun");
  await panel.getByTestId("split-source").evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), cut);
  const targetCut = Math.floor((before.target ?? "").length / 2);
  await panel.getByTestId("split-target").evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), targetCut);
  await panel.getByRole("button", { name: "Split here" }).click();
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText(`Pemerintah kota menggelar pasar murah ${marker}`);
  await expect(rows.nth(2)).toContainText("di alun-alun pada hari Minggu.");
  await expect(rows.nth(2).getByTestId("segment-status")).toHaveAttribute("data-status", "machine");

  await fields.nth(1).focus();
  await rows.nth(1).getByTestId("merge").click();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(source);
  const after = (await segmentsOf(page.request, id)).map((s) => s.id);
  expect(after[1]).toBe(before.id);
});
