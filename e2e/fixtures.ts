// Shared Playwright fixtures: each test seeds its own article through the API with a
// unique marker (the same text twice would return the existing document).
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { ownerToken } from "./accounts-helpers";

export type SeededDocument = { id: string; text: string; title: string };

export async function seedDocument(request: APIRequestContext, text: string, title?: string): Promise<SeededDocument> {
  // With a token, so page.request (which carries the session cookie but no Origin) may write too.
  const response = await request.post("/api/documents", { data: { text, title }, headers: { authorization: `Bearer ${ownerToken()}` } });
  expect([200, 202]).toContain(response.status());
  const body = (await response.json()) as { id: string };
  return { id: body.id, text, title: title ?? "" };
}

export async function waitUntilTranslated(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get(`/api/documents/${id}`)).json()) as { status: string }).status, { timeout: 30_000 })
    .toBe("ready");
}

export function uniqueMarker(): string {
  return `Uji${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export const test = base.extend<{ marker: string }>({
  // API calls act as the owner through a token; pages use the owner's saved session.
  request: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${ownerToken()}` } });
    await use(context);
    await context.dispose();
  },
  // eslint-disable-next-line no-empty-pattern
  marker: async ({}, use) => {
    await use(uniqueMarker());
  },
});

export { expect };
