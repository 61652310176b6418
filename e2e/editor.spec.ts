// The editor's keyboard workflow end to end: save and move on, revert, approve, a save
// that lost the race, drafts that survive a reload, history with a diff and a restore.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";
import { focusedSegment, openReader } from "./reader-helpers";

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

test("a save that lost the race shows both texts and keeps mine on request", async ({ page, request, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  const segment = (await segmentsOf(page.request, id))[1]!;
  await fields.nth(1).fill("My careful translation.");

  const other = await request.patch(`/api/segments/${segment.id}`, { data: { target: "Their quick translation.", version: segment.version } });
  expect(other.status()).toBe(200);

  await page.keyboard.press("Control+Enter");
  const conflict = rows.nth(1).getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("Their quick translation.");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("My careful translation.");
  await expect(fields.nth(1)).toHaveValue("My careful translation.");
  // The chip describes the text that is saved now (theirs, edited), not the machine text it replaced.
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");

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

test("a save that failed offline is sent again by itself when the network returns", async ({ page, context, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  await page.route("**/api/segments/*", (route) => (route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.fallback()));
  await fields.nth(2).fill(`Saved once online ${marker}.`);
  await page.keyboard.press("Control+Enter");
  const failed = rows.nth(2).getByTestId("save-failed");
  await expect(failed).toContainText("sent again when the connection returns");
  await context.setOffline(true);
  await page.unroute("**/api/segments/*");
  await context.setOffline(false);
  await expect(failed).toBeHidden();
  await expect(rows.nth(2).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  expect((await segmentsOf(page.request, id))[2]).toMatchObject({ target: `Saved once online ${marker}.`, status: "edited" });
});

test("Translate again on a corrected sentence asks in the app's own dialog", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  let browserDialogs = 0;
  page.on("dialog", (dialog) => {
    browserDialogs += 1;
    void dialog.dismiss();
  });
  await fields.nth(1).fill(`Corrected by hand ${marker}.`);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  await fields.nth(1).focus();
  await rows.nth(1).getByTestId("retranslate").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("corrected by hand");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await segmentsOf(page.request, id))[1]).toMatchObject({ target: `Corrected by hand ${marker}.`, status: "edited" });

  await fields.nth(1).focus();
  await rows.nth(1).getByTestId("retranslate").click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Translate again" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.nth(1).getByTestId("segment-status")).not.toHaveAttribute("data-status", "edited");
  expect(browserDialogs).toBe(0);
});

test("the history diff reads without colour: replaced words are spaced, struck through and underlined", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  await fields.nth(3).fill(`No Matter of course ${marker}.`);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(3).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  await fields.nth(3).fill(`No Both this course ${marker}.`);
  await page.keyboard.press("Control+Enter");
  await expect.poll(async () => (await segmentsOf(page.request, id))[3]?.target).toBe(`No Both this course ${marker}.`);
  await fields.nth(3).focus();
  await rows.nth(3).getByTestId("open-history").click();
  const diff = page.getByTestId("history-panel").getByTestId("history-diff").getByTestId("diff");
  await expect(diff).toBeVisible();
  // What a sighted reader sees (the spoken "removed:"/"added:" labels left out).
  const visible = await diff.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".sr-only").forEach((label) => label.remove());
    return copy.textContent;
  });
  expect(visible).toBe(`No Matter Both of this course ${marker}.`);
  await expect(diff.locator("del").first()).toHaveCSS("text-decoration-line", "line-through");
  await expect(diff.locator("ins").first()).toHaveCSS("text-decoration-line", "underline");
});

test("e in the reader opens the editor at that sentence, and Back to the reader returns to it", async ({ page, marker }) => {
  const id = await openReader(page, marker);
  // k from nowhere goes to the last sentence, well below the editor's first screen.
  await page.keyboard.press("k");
  const segmentId = await focusedSegment(page);
  expect(segmentId).not.toBeNull();
  await page.keyboard.press("e");
  await expect(page).toHaveURL(new RegExp(`/documents/${id}/edit#segment-${segmentId}$`));
  await waitForEditor(page);
  const field = page.locator(`#target-${segmentId}`);
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(page.locator(`#segment-${segmentId}`)).toHaveAttribute("data-active", "true");

  const back = page.getByTestId("back-to-reader");
  await expect(back).toHaveAttribute("href", `/documents/${id}#segment-${segmentId}`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}#segment-${segmentId}$`));
  const source = page.locator(`[data-testid="source-sentence"][data-segment-id="${segmentId}"]`);
  await expect(source).toHaveAttribute("data-pinned", "true");
  await expect(source).toBeInViewport();
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
  await expect(revisions.first().getByTestId("revision-origin")).toContainText("Olivia Owner");
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
