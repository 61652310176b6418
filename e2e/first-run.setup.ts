// First run, end to end: with no users every page leads to the owner form; the owner is
// created in the browser, is signed in, signs out and signs in again. The signed-in state
// and an owner token (made with the CLI) are saved for every other spec.
import { test, expect } from "@playwright/test";
import { OWNER, OWNER_STATE, createToken, saveOwnerToken } from "./accounts-helpers";

test("first run: the owner is created in the browser, then signs in", async ({ page, request }) => {
  const anonymous = await request.get("/api/documents");
  expect(anonymous.status()).toBe(401);

  await page.goto("/glossary");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the owner account" })).toBeVisible();
  await page.getByLabel("Name").fill(OWNER.name);
  await page.getByLabel("E-mail").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(OWNER.name);

  // A second owner cannot be made through the first-run endpoint.
  const again = await request.post("/api/setup", { data: { ...OWNER, email: "second@e2e.test" } });
  expect(again.status()).toBe(403);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
  await page.getByLabel("E-mail").fill(OWNER.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong e-mail or password.")).toBeVisible();
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(OWNER.name);

  await page.context().storageState({ path: OWNER_STATE });
  saveOwnerToken(createToken(OWNER.email, "e2e owner"));
});
