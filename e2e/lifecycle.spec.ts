// The document lifecycle end to end: rename in the reader, delete with the app's own
// confirmation and undo, the trash with restore and purge, and "Not a name" with its undo.
import { OWNER, ownerToken } from "./accounts-helpers";
import { test, expect, seedDocument, type SeededDocument } from "./fixtures";
import type { APIRequestContext } from "@playwright/test";

function article(marker: string, extra = ""): string {
  return [`Banjir melanda ${marker} ${extra}`, `Hujan deras sejak pagi membuat sungai di ${marker} meluap ${extra}.`].join("\n\n");
}

async function trashViaApi(request: APIRequestContext, document: SeededDocument): Promise<void> {
  // A write carries the owner token: page.request has the session cookie but no Origin.
  const response = await request.delete(`/api/documents/${document.id}`, { headers: { authorization: `Bearer ${ownerToken()}` } });
  expect(response.status()).toBe(200);
}

test("rename in the reader: the library title changes, the Indonesian headline does not", async ({ page, marker }) => {
  // No title given: the headline is both the title segment and the first library title.
  const document = await seedDocument(page.request, article(marker));
  await page.goto(`/documents/${document.id}`);
  const headline = page.getByRole("heading", { level: 1 });
  await expect(headline).toContainText(`Banjir melanda ${marker}`);
  await expect(page.getByTestId("library-title")).toHaveText(`Banjir melanda ${marker}`);

  // Esc leaves the title as it was and gives focus back to the button.
  await page.getByRole("button", { name: "Rename the article" }).click();
  const input = page.getByLabel("Title in the library");
  await expect(input).toBeFocused();
  await input.fill("Discarded");
  await input.press("Escape");
  await expect(page.getByTestId("library-title")).toHaveText(`Banjir melanda ${marker}`);
  await expect(page.getByRole("button", { name: "Rename the article" })).toBeFocused();

  await page.getByRole("button", { name: "Rename the article" }).click();
  await expect(input).toBeVisible();
  await input.fill(`Banjir besar ${marker}`);
  await input.press("Enter");
  await expect(page.getByTestId("rename-status")).toHaveText(`Renamed to “Banjir besar ${marker}”.`);
  await expect(page.getByTestId("library-title")).toHaveText(`Banjir besar ${marker}`);
  await expect(headline).toContainText(`Banjir melanda ${marker}`);
  await page.reload();
  await expect(page.getByTestId("library-title")).toHaveText(`Banjir besar ${marker}`);
  await expect(headline).toContainText(`Banjir melanda ${marker}`);

  await page.goto("/");
  await expect(page.getByRole("link", { name: `Banjir besar ${marker}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Banjir melanda ${marker}` })).toHaveCount(0);
});

test("delete asks first, then the library offers to undo it", async ({ page, marker }) => {
  const document = await seedDocument(page.request, article(marker), `Hapus ${marker}`);
  await page.goto(`/documents/${document.id}`);
  await page.getByTestId("delete-document").click();
  const dialog = page.getByRole("dialog", { name: `Move “Hapus ${marker}” to the trash?` });
  await expect(dialog).toBeVisible();
  // Cancel keeps the article.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/documents/${document.id}$`));

  await page.getByTestId("delete-document").click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?trashed=${document.id}$`));
  const notice = page.getByTestId("trashed-notice");
  await expect(notice).toContainText(`“Hapus ${marker}” was moved to the trash.`);
  await expect(page.getByRole("link", { name: `Hapus ${marker}` })).toHaveCount(0);
  expect((await page.request.get(`/api/documents/${document.id}`)).status()).toBe(404);
  const search = (await (await page.request.get(`/api/search?q=${marker}`)).json()) as { groups: { documentId: string }[] };
  expect(search.groups.map((g) => g.documentId)).not.toContain(document.id);

  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${document.id}$`));
  await expect(page.getByTestId("library-title")).toHaveText(`Hapus ${marker}`);
  expect((await page.request.get(`/api/documents/${document.id}`)).status()).toBe(200);
});

test("the trash: restore from the reader and from the trash page, then purge", async ({ page, marker }) => {
  const fromReader = await seedDocument(page.request, article(marker, "satu"), `Satu ${marker}`);
  const fromTrash = await seedDocument(page.request, article(marker, "dua"), `Dua ${marker}`);
  const purged = await seedDocument(page.request, article(marker, "tiga"), `Tiga ${marker}`);
  for (const document of [fromReader, fromTrash, purged]) await trashViaApi(page.request, document);

  // A trashed article's address says so and offers a restore.
  await page.goto(`/documents/${fromReader.id}`);
  await expect(page.getByRole("heading", { name: "This article is in the trash" })).toBeVisible();
  await page.getByTestId("restore-document").click();
  await expect(page.getByTestId("library-title")).toHaveText(`Satu ${marker}`);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trash" }).click();
  await expect(page).toHaveURL(/\/trash$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
  const item = (title: string) => page.getByTestId("trash-item").filter({ hasText: title });
  await expect(item(`Satu ${marker}`)).toHaveCount(0);
  await expect(item(`Dua ${marker}`)).toContainText("deleted for good on");

  await item(`Dua ${marker}`).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("trash-status")).toHaveText(`“Dua ${marker}” is back in the library.`);
  await expect(item(`Dua ${marker}`)).toHaveCount(0);
  expect((await page.request.get(`/api/documents/${fromTrash.id}`)).status()).toBe(200);

  await item(`Tiga ${marker}`).getByRole("button", { name: "Delete forever" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “Tiga ${marker}” forever?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete forever" }).click();
  await expect(page.getByTestId("trash-status")).toHaveText(`“Tiga ${marker}” was deleted for good.`);
  await expect(item(`Tiga ${marker}`)).toHaveCount(0);
  const trash = (await (await page.request.get("/api/trash")).json()) as { documents: { id: string }[] };
  expect(trash.documents.map((d) => d.id)).not.toContain(purged.id);
  expect((await page.request.post(`/api/trash/${purged.id}/restore`, { headers: { authorization: `Bearer ${ownerToken()}` } })).status()).toBe(404);
  const gone = await page.goto(`/documents/${purged.id}`);
  expect(gone?.status()).toBe(404);
});

/** A surname no other test uses, in letters only so it reads as a name. */
function surnameFor(marker: string): string {
  return `Nor${marker.toLowerCase().replace(/[^a-z]/g, (digit) => "abcdefghij"[Number(digit)] ?? "x")}`;
}

test("Not a name removes the marks everywhere, and undo brings them back", async ({ page, marker }) => {
  const surname = surnameFor(marker);
  const text = (where: string) => [`Kunjungan ${surname} ke ${where}`, `Menteri Arkadi ${surname} tiba di ${where} pada hari Senin.`].join("\n\n");
  const first = await seedDocument(page.request, text("Moskow"));
  await seedDocument(page.request, text("Paris"));
  const marks = page.getByTestId("entity-mark").filter({ hasText: surname });

  await page.goto(`/documents/${first.id}`);
  await expect(marks.first()).toBeVisible();

  await page.goto(`/glossary?q=${surname}`);
  const entries = page.getByTestId("glossary-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("2 articles");
  await entries.first().getByRole("button", { name: `“Arkadi ${surname}” is not a name: remove its marks everywhere` }).click();
  const notice = page.getByTestId("not-a-name-notice");
  await expect(notice).toContainText(`“Arkadi ${surname}” is no longer marked as a name in any article.`);
  await expect(entries).toHaveCount(0);
  await expect(page.getByTestId("suppressed-item").filter({ hasText: `Arkadi ${surname}` })).toContainText(`marked by ${OWNER.name}`);

  await page.goto(`/documents/${first.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(surname);
  await expect(marks).toHaveCount(0);

  // Undo from the notice, then again from the "Not names" list.
  await page.goBack();
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(entries).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  await expect(entries.first()).toContainText("2 articles");

  await entries.first().getByTestId("not-a-name").click();
  await expect(entries).toHaveCount(0);
  const listed = page.getByTestId("suppressed-item").filter({ hasText: `Arkadi ${surname}` });
  await listed.getByRole("button", { name: `Mark “Arkadi ${surname}” as a name again` }).click();
  await expect(entries).toHaveCount(1);
  await expect(page.getByTestId("suppressed-item").filter({ hasText: `Arkadi ${surname}` })).toHaveCount(0);

  await page.goto(`/documents/${first.id}`);
  await expect(marks.first()).toBeVisible();
});
