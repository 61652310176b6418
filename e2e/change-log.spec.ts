// The change log as people see it: the history panel names each action and who did it
// (a person, or the engine), and the Changes page lists the same events across the corpus.
import type { Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

// The marker is in every sentence, so translation memory never fills one from another test.
function article(marker: string): string {
  return [
    `Pasar Murah ${marker} Digelar`,
    `Pemerintah kota menggelar pasar murah ${marker} di alun-alun pada hari Minggu. Warga ${marker} datang sejak pagi.`,
  ].join("\n\n");
}

async function openEditor(page: Page, marker: string) {
  const { id } = await seedDocument(page.request, article(marker));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  const rows = page.getByTestId("segment-row");
  await expect(rows).toHaveCount(3);
  return { id, rows, fields: page.getByTestId("target-field") };
}

async function openHistory(page: Page, row: ReturnType<Page["getByTestId"]>, field: ReturnType<Page["getByTestId"]>) {
  await field.focus();
  await expect(row.getByTestId("row-actions")).toBeVisible();
  await row.getByTestId("open-history").click();
  const history = page.getByTestId("history-panel");
  await expect(history).toBeVisible();
  return history;
}

test("the history panel shows each action and its actor after an edit, an approval and a split", async ({ page, marker }) => {
  const { rows, fields } = await openEditor(page, marker);
  const corrected = `The city holds a cheap market ${marker} in the square on Sunday.`;

  await fields.nth(1).fill(corrected);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  await fields.nth(1).focus();
  await expect(fields.nth(1)).toBeFocused();
  await page.keyboard.press("Control+Shift+Enter");
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "approved");

  await fields.nth(1).focus();
  await rows.nth(1).getByTestId("split").click();
  const panel = rows.nth(1).getByTestId("split-panel");
  await expect(panel).toBeVisible();
  const source = `Pemerintah kota menggelar pasar murah ${marker} di alun-alun pada hari Minggu.`;
  await panel.getByTestId("split-source").evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), source.indexOf(" di alun-alun"));
  await panel.getByTestId("split-target").evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), corrected.indexOf(" in the square"));
  await panel.getByRole("button", { name: "Split here" }).click();
  await expect(rows).toHaveCount(4);
  // A split changes structure, not review state: both halves stay approved.
  await expect(rows.nth(1).getByTestId("segment-status")).toHaveAttribute("data-status", "approved");
  await expect(rows.nth(2).getByTestId("segment-status")).toHaveAttribute("data-status", "approved");

  const history = await openHistory(page, rows.nth(1), fields.nth(1));
  const revisions = history.getByTestId("revision");
  await expect(revisions).toHaveCount(4);
  const actions = history.getByTestId("revision-action");
  await expect(actions.nth(0)).toHaveAttribute("data-action", "split");
  await expect(actions.nth(0)).toHaveText("Split");
  await expect(actions.nth(1)).toHaveAttribute("data-action", "approve");
  await expect(actions.nth(1)).toHaveText("Approved");
  await expect(actions.nth(2)).toHaveAttribute("data-action", "edit");
  await expect(actions.nth(2)).toHaveText("Edited");
  await expect(actions.nth(3)).toHaveAttribute("data-action", "machine");
  const actors = history.getByTestId("revision-origin");
  for (const i of [0, 1, 2]) {
    await expect(actors.nth(i)).toHaveAttribute("data-actor-kind", "person");
    await expect(actors.nth(i)).toContainText("Olivia Owner");
  }
  await expect(actors.nth(3)).toHaveAttribute("data-actor-kind", "engine");
  await expect(actors.nth(3)).toContainText("(machine)");
  await expect(revisions.nth(0).getByTestId("revision-source")).toContainText(`Pemerintah kota menggelar pasar murah ${marker}`);
  await expect(revisions.nth(2).getByTestId("revision-text")).toHaveText(corrected);
  await history.getByRole("button", { name: "Close" }).click();
  await expect(history).toBeHidden();

  // The second half begins its own history with the split, by the same person.
  const second = await openHistory(page, rows.nth(2), fields.nth(2));
  await expect(second.getByTestId("revision")).toHaveCount(1);
  await expect(second.getByTestId("revision-action")).toHaveAttribute("data-action", "split");
  await expect(second.getByTestId("revision-origin")).toContainText("Olivia Owner");
  await expect(second.getByTestId("revision-source")).toContainText("di alun-alun pada hari Minggu.");
});

test("the Changes page lists recent changes, filtered by action and actor", async ({ page, marker }) => {
  const { id, rows, fields } = await openEditor(page, marker);
  await fields.nth(2).fill(`Residents ${marker} came early.`);
  await page.keyboard.press("Control+Enter");
  await expect(rows.nth(2).getByTestId("segment-status")).toHaveAttribute("data-status", "edited");

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Changes" }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByRole("heading", { name: "Recent changes" })).toBeVisible();
  const newest = page.getByTestId("change").first();
  await expect(newest).toHaveAttribute("data-action", "edit");
  await expect(newest.getByTestId("change-actor")).toHaveText("by Olivia Owner");
  await expect(newest).toContainText(`Residents ${marker} came early.`);
  await expect(newest.getByRole("link")).toHaveAttribute("href", new RegExp(`^/documents/${id}#segment-`));

  const filter = page.getByTestId("changes-filter");
  await filter.getByRole("combobox", { name: "Action" }).selectOption("machine");
  await filter.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=machine/);
  const machine = page.getByTestId("change");
  await expect(machine.first()).toHaveAttribute("data-action", "machine");
  await expect(page.locator('[data-testid="change"]:not([data-action="machine"])')).toHaveCount(0);

  await filter.getByLabel("By", { exact: true }).fill("nobody-at-all");
  await filter.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("changes-empty")).toHaveText("No changes match.");
});
