// A learner's comparison, end to end: paste an article with its published English, ask
// for the machine's translation of the Indonesian, and read both together in the reader,
// the machine's labelled with its engine (the offline draft engine here, so "draft").
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";

test("paste both sides, machine-translate for comparison, see the published and the machine English together", async ({ page, marker }) => {
  const body = [`Festival kopi ${marker} dibuka di Bandung pada hari Sabtu. Ribuan warga datang sejak pagi.`, "Panitia mengatakan ada 120 stan."].join("\n\n");
  const english = [`The ${marker} coffee festival opened in Bandung on Saturday. Thousands of residents came from the morning.`, "The organisers said there were 120 stalls."].join("\n\n");
  await page.goto("/");
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(`Festival Kopi ${marker}`);
  await page.getByLabel("Article text (Indonesian)").fill(body);
  await page.getByLabel("Its published English translation (optional)").fill(english);
  await page.getByRole("button", { name: "Add and translate" }).click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);

  const panel = page.getByRole("region", { name: "Compare with the machine" });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("comparison-draft")).toHaveCount(0);
  await panel.getByRole("button", { name: "Machine-translate for comparison" }).click();
  const toggle = panel.getByRole("button", { name: "Show machine translations" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(panel.getByTestId("comparison-status")).toContainText("machine translations ready", { timeout: 30_000 });

  const pair = page.getByTestId("reader-text").locator(".paragraph-row").filter({ hasText: `The ${marker} coffee festival opened in Bandung` });
  await expect(pair.getByTestId("target-sentence").first()).toContainText(`The ${marker} coffee festival opened in Bandung on Saturday.`);
  const drafts = page.getByTestId("comparison-draft");
  const draft = pair.getByTestId("comparison-draft").first();
  await expect(draft).toContainText("Machine draft (draft:lexicon)");
  await expect(draft).toContainText("Bandung");
  await expect(draft).not.toContainText(`The ${marker} coffee festival opened`);
  // The published English is still the pair's translation in the API.
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const document = (await (await page.request.get(`/api/documents/${id}`)).json()) as { paragraphs: { segments: { target: string | null; status: string }[] }[] };
  expect(document.paragraphs.flatMap((p) => p.segments).find((s) => s.target?.includes("coffee festival"))).toMatchObject({ status: "reference" });

  // Interlinear mode shows the machine's line under the published one too.
  await page.getByTestId("mode-switcher").getByRole("button", { name: "Interlinear" }).click();
  await expect(page.getByTestId("reader-text").locator(".pair").first().getByTestId("comparison-draft")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("[data-testid=reader]").analyze();
  expect(results.violations).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(drafts).toHaveCount(0);
});

test("the paste form's option asks for the comparison with the ingest", async ({ page, marker }) => {
  await page.goto("/");
  await page.getByRole("tabpanel", { name: "Paste text" }).getByLabel(/^Title/).fill(`Pasar Ikan ${marker}`);
  await page.getByLabel("Article text (Indonesian)").fill(`Pasar ikan ${marker} ramai pada hari Minggu.`);
  await expect(page.getByTestId("paste-compare")).toHaveCount(0);
  await page.getByLabel("Its published English translation (optional)").fill(`The ${marker} fish market was busy on Sunday.`);
  await page.getByLabel("Also machine-translate it, to compare with the published English").check();
  await page.getByRole("button", { name: "Add and translate" }).click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  const panel = page.getByRole("region", { name: "Compare with the machine" });
  await expect(panel.getByRole("button", { name: "Machine-translate for comparison" })).toHaveCount(0);
  const toggle = panel.getByRole("button", { name: "Show machine translations" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.getByTestId("reader-text").getByTestId("comparison-draft").first()).toContainText("Machine draft (draft:lexicon)", { timeout: 30_000 });
  await expect(page.getByTestId("reader-text").getByTestId("target-sentence").first()).toContainText(`The ${marker} fish market was busy on Sunday.`);
});
