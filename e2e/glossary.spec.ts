// The glossary end to end: a seeded article's names appear in the glossary, an edited
// rendering shows on the entry page, and the reader marks names and links the panel.
import { ownerToken } from "./accounts-helpers";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

/** A surname no other test (or earlier run) uses, in letters only so it reads as a name. */
function surnameFor(marker: string): string {
  return `Vel${marker.toLowerCase().replace(/[^a-z]/g, (digit) => "abcdefghij"[Number(digit)] ?? "x")}`;
}

function article(surname: string): string {
  return [
    `Kunjungan ${surname} ke Moskow`,
    `Juru bicara Kremlin, Arkadi ${surname}, mengatakan bahwa Moskow siap berunding.`,
    `Menurut Arkadi ${surname}, pertemuan akan digelar di Moskow pekan depan.`,
  ].join("\n\n");
}

test("the glossary lists the names of a seeded article", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  await seedDocument(page.request, article(surname));
  await page.goto(`/glossary?q=${surname}`);
  const entries = page.getByTestId("glossary-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first().getByRole("link", { name: `Arkadi ${surname}` })).toBeVisible();
  await expect(entries.first()).toContainText("Person");
  await expect(entries.first()).toContainText("1 article");
  await expect(entries.first().getByTestId("rendering-input")).toHaveValue(`Arkadi ${surname}`);

  await page.goto("/glossary?type=place&q=moskow");
  await expect(page.getByTestId("glossary-entry").filter({ hasText: "Moskow" }).getByTestId("rendering-input")).toHaveValue("Moscow");
});

test("an edited rendering shows on the entry page with every mention", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  await seedDocument(page.request, article(surname));
  await page.goto(`/glossary?q=${surname}`);
  const entry = page.getByTestId("glossary-entry").first();
  await expect(entry).toBeVisible();
  await entry.getByTestId("rendering-input").fill(`Arkady ${surname}`);
  await entry.getByTestId("rendering-save").click();
  await expect(entry.getByRole("status")).toHaveText("Saved.");

  await entry.getByRole("link", { name: `Arkadi ${surname}` }).click();
  await expect(page).toHaveURL(/\/glossary\/[^/?#]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Arkadi ${surname}`);
  await expect(page.getByTestId("entry-target")).toContainText(`Arkady ${surname}`);
  await expect(page.getByTestId("entry-target")).toContainText("chosen by a person");
  const lines = page.getByTestId("concordance-line");
  await expect(lines).toHaveCount(3);
  await expect(lines.first().locator("mark")).toHaveText(surname);
  await expect(lines.nth(1).locator("mark")).toHaveText(`Arkadi ${surname}`);
});

test("the reader marks a name and its panel links to the entry", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  const { id } = await seedDocument(page.request, article(surname));
  await waitUntilTranslated(page.request, id);
  await page.goto(`/documents/${id}`);

  const mark = page.getByTestId("entity-mark").filter({ hasText: `Arkadi ${surname}` }).first();
  await expect(mark).toBeVisible();
  await mark.hover();
  const tip = page.getByRole("tooltip").filter({ hasText: `Arkadi ${surname}` }).first();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Person");
  await expect(tip).toContainText("only in this article");

  const panel = page.getByTestId("document-entities");
  await expect(panel).toContainText("Moskow");
  const link = panel.getByRole("link", { name: `Arkadi ${surname}` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/[^/?#]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Arkadi ${surname}`);
});

type ApiEntry = { id: string; source: string };

async function entriesFor(page: import("@playwright/test").Page, query: string): Promise<ApiEntry[]> {
  const response = await page.request.get(`/api/glossary?format=json&q=${encodeURIComponent(query)}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { entries: ApiEntry[] }).entries;
}

test("a merged-away entry's address opens the entry that absorbed it", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  await seedDocument(page.request, [`Kabar ${surname}`, `Menurut Arkadi ${surname}, rapat ditunda.`].join("\n\n"));
  await seedDocument(page.request, [`Berita ${surname}`, `Kata Arkady ${surname} kepada wartawan, rapat digelar besok.`].join("\n\n"));
  const entries = await entriesFor(page, surname);
  const keep = entries.find((e) => e.source === `Arkadi ${surname}`);
  const merge = entries.find((e) => e.source === `Arkady ${surname}`);
  expect(keep && merge).toBeTruthy();
  const merged = await page.request.post("/api/glossary/merge", { data: { keepId: keep!.id, mergeId: merge!.id }, headers: { authorization: `Bearer ${ownerToken()}` } });
  expect(merged.status()).toBe(200);

  await page.goto(`/glossary/${merge!.id}`);
  await expect(page).toHaveURL(new RegExp(`/glossary/${keep!.id}\\?merged=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Arkadi ${surname}`);
  await expect(page.getByTestId("merged-notice")).toContainText("merged into this one");
});

test("an already-English name is its own rendering; an entry without English says only that", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  await seedDocument(
    page.request,
    [`Analisis ${surname}`, `Peneliti ${surname} dari Korea Research Institute for National Strategy menilai situasinya sulit.`, `Tentara Merah Soviet pernah bermarkas di sana.`].join("\n\n"),
  );
  const [english] = await entriesFor(page, "Korea Research Institute");
  expect(english).toBeTruthy();
  await page.goto(`/glossary/${english!.id}`);
  const target = page.getByTestId("entry-target");
  await expect(target).toContainText("Korea Research Institute for National Strategy");
  await expect(target).not.toContainText("No English yet");

  const [none] = await entriesFor(page, "Tentara Merah Soviet");
  expect(none).toBeTruthy();
  await page.goto(`/glossary/${none!.id}`);
  await expect(page.getByTestId("entry-target")).toHaveText("No English yet");
});
