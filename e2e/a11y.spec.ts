// Automated accessibility check (axe) on every main page and each reader mode: no
// serious or critical violations. It does not replace a screen-reader pass.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";
import { readerArticle } from "./reader-helpers";
import { ownerToken } from "./accounts-helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function violationsOf(page: Page, rule: string) {
  const results = await new AxeBuilder({ page }).withRules([rule]).analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("library, search and overview", async ({ page, marker }) => {
      const { id } = await seedDocument(page.request, readerArticle(marker));
      await waitUntilTranslated(page.request, id);
      for (const path of ["/", "/?status=ready&sort=title", `/search?q=${marker}`, "/search", "/overview"]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test("the trash, the delete dialog, the rename form and the Not names list", async ({ page, marker }) => {
      const kept = await seedDocument(page.request, readerArticle(marker));
      const name = `Arkadi Zel${marker.toLowerCase().replace(/[^a-z]/g, "q")}`;
      await seedDocument(page.request, `Kunjungan ${marker}\n\nMenteri ${name} tiba di Moskow.`);
      const trashed = await seedDocument(page.request, `Arsip ${marker}\n\nHujan turun sejak pagi di kota.`);
      expect((await page.request.delete(`/api/documents/${trashed.id}`, { headers: { authorization: `Bearer ${ownerToken()}` } })).status()).toBe(200);
      await page.goto("/trash");
      await expect(page.getByTestId("trash-item").first()).toBeVisible();
      expect(await seriousViolations(page), "trash").toEqual([]);
      await page.getByTestId("trash-purge").first().click();
      await expect(page.getByTestId("purge-dialog")).toBeVisible();
      expect(await seriousViolations(page), "purge dialog").toEqual([]);

      await page.goto(`/documents/${trashed.id}`);
      await expect(page.getByTestId("trashed-document")).toBeVisible();
      expect(await seriousViolations(page), "trashed document").toEqual([]);

      await page.goto(`/documents/${kept.id}`);
      await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
      await page.getByTestId("rename-open").click();
      await expect(page.getByTestId("rename-input")).toBeFocused();
      expect(await seriousViolations(page), "rename form").toEqual([]);
      await page.getByTestId("delete-document").click();
      await expect(page.getByTestId("delete-dialog")).toBeVisible();
      expect(await seriousViolations(page), "delete dialog").toEqual([]);

      await page.goto(`/glossary?q=${encodeURIComponent(name)}`);
      await page.getByTestId("glossary-entry").first().getByTestId("not-a-name").click();
      await expect(page.getByTestId("not-a-name-notice")).toBeVisible();
      await expect(page.getByTestId("suppressed-list")).toBeVisible();
      expect(await seriousViolations(page), "glossary with Not names").toEqual([]);
      await page.getByTestId("undo-not-a-name").click();
      await expect(page.getByTestId("not-a-name-notice")).toHaveCount(0);
    });

    test("export and glossary pages: contrast, language of titles, unique landmarks", async ({ page, marker }) => {
      const title = `Kereta Cepat ${marker} Mulai Beroperasi`;
      const { id } = await seedDocument(page.request, readerArticle(marker));
      await waitUntilTranslated(page.request, id);
      // Drafts included: every e2e translation is a draft, and the Download button shows only when there is something to download.
      await page.goto("/export?drafts=1");
      await expect(page.getByTestId("export-download")).toHaveAttribute("href", /drafts=1/);
      expect(await seriousViolations(page), "/export").toEqual([]);
      await expect(page.getByTestId("export-form").locator('span[lang="id"]', { hasText: title })).toBeVisible();
      for (const path of ["/export", "/glossary", "/glossary?q=Bandung", `/search?q=${marker}`]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        expect(await violationsOf(page, "landmark-unique"), path).toEqual([]);
      }
    });

    test("the sign-in, users and account pages", async ({ page, browser }) => {
      for (const path of ["/users", "/account"]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme: scheme });
      const anonymous = await context.newPage();
      await anonymous.goto("/sign-in");
      await expect(anonymous.locator("main h1")).toHaveText("Sign in");
      expect(await seriousViolations(anonymous), "/sign-in").toEqual([]);
      await context.close();
    });

    test("the reader in each mode, with a pinned pair and the shortcuts dialog", async ({ page, marker }) => {
      const { id } = await seedDocument(page.request, readerArticle(marker));
      await waitUntilTranslated(page.request, id);
      for (const mode of ["side-by-side", "interlinear", "learning"] as const) {
        await page.context().addCookies([{ name: "selaras-reader-mode", value: mode, domain: "127.0.0.1", path: "/" }]);
        await page.goto(`/documents/${id}`);
        await expect(page.getByTestId("reader-text")).toHaveAttribute("data-mode", mode);
        await expect(page.getByTestId("reader")).toHaveAttribute("data-hydrated", "true");
        await page.getByTestId("reader-text").getByTestId("source-sentence").nth(1).click();
        expect(await seriousViolations(page), mode).toEqual([]);
      }
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      expect(await seriousViolations(page), "shortcuts dialog").toEqual([]);
    });
  });
}
