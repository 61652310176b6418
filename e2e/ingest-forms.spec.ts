// The add-an-article forms with input that is not what the field expects: a web page's
// HTML in the text box, and something that is not an address in the URL field.
import { test, expect } from "./fixtures";

function page_(marker: string): string {
  return `<!DOCTYPE html><html lang="id"><head><title>Pasar Apung ${marker} Ramai</title></head><body>
<nav><a href="/">Beranda</a> <a href="/kota">Kota</a></nav>
<article><h1>Pasar Apung ${marker} Ramai</h1>
<p>Pasar apung ${marker} di tepi sungai ramai dikunjungi wisatawan pada akhir pekan.</p>
<p>Para pedagang menjual buah dan sayur langsung dari perahu mereka sejak subuh.</p>
</article><footer>Hak cipta</footer></body></html>`;
}

test("a pasted web page is read as HTML, with a notice before and after", async ({ page, marker }) => {
  await page.goto("/");
  const text = page.getByLabel("Article text (Indonesian)");
  await expect(text).toBeVisible();
  await text.fill(page_(marker));
  await expect(page.getByTestId("paste-html-notice")).toContainText("looks like a web page's HTML");
  await page.getByRole("button", { name: "Add and translate" }).click();

  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  await expect(page.getByTestId("pasted-html-notice")).toContainText("pasted as a web page's HTML");
  const sources = page.getByTestId("reader-text").getByTestId("source-sentence");
  await expect(sources.first()).toContainText(`Pasar apung ${marker}`);
  await expect(page.getByTestId("reader-text")).not.toContainText("<");
  await expect(page.getByTestId("reader-text")).not.toContainText("Beranda");
});

test("plain text shows no HTML notice", async ({ page, marker }) => {
  await page.goto("/");
  const text = page.getByLabel("Article text (Indonesian)");
  await text.fill(`Harga cabai ${marker} naik. Nilai a<b dan b>c.`);
  await expect(text).toHaveValue(`Harga cabai ${marker} naik. Nilai a<b dan b>c.`);
  await expect(page.getByTestId("paste-html-notice")).toHaveText("");
});

test("the URL field says what is wrong with something that is not an address", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Fetch from a URL" }).click();
  const field = page.getByLabel("Page address");
  await expect(field).toBeVisible();
  await field.fill("kabar kota hari ini");
  await page.getByRole("tabpanel", { name: "Fetch from a URL" }).getByRole("button", { name: "Add and translate" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "not a web address" });
  await expect(alert).toBeVisible();
  await expect(alert).not.toContainText("Something in the form is not valid");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});
