// Test accounts: an owner, an editor and a reader, each with an API token and a signed-in
// session cookie obtained through better-auth's real sign-in endpoint.
import { createUser } from "@/lib/auth/create-user";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UserSummary } from "@/lib/auth/types";

export const TEST_SITE = "http://127.0.0.1:3210";
export const TEST_PASSWORD = "correct horse battery";

export type TestAccount = { user: UserSummary; token: string; cookie: string };
export type TestAccounts = Record<Role, TestAccount>;

export async function seedAccounts(): Promise<TestAccounts> {
  const accounts: Partial<TestAccounts> = {};
  for (const role of ["owner", "editor", "reader"] as const) {
    const user = await createUser({ email: `${role}@example.com`, name: `${role[0]?.toUpperCase()}${role.slice(1)} Person`, password: TEST_PASSWORD, role });
    const { token } = await createApiToken(user.id, "test");
    accounts[role] = { user, token, cookie: await signIn(user.email, TEST_PASSWORD) };
  }
  return accounts as TestAccounts;
}

/** An editor with an API token, for handler tests that only need someone allowed to edit. */
export async function editorAuthorization(): Promise<{ authorization: string; user: UserSummary }> {
  const user = await createUser({ email: `editor-${Math.random().toString(36).slice(2)}@example.com`, name: "Eda Editor", password: TEST_PASSWORD, role: "editor" });
  const { token } = await createApiToken(user.id, "test");
  return { authorization: `Bearer ${token}`, user };
}

export async function signInResponse(email: string, password: string): Promise<Response> {
  const { handleAuthRequest } = await import("@/lib/auth/sign-in-endpoint");
  return handleAuthRequest(new Request(`${TEST_SITE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_SITE, host: "127.0.0.1:3210" },
    body: JSON.stringify({ email, password }),
  }));
}

export async function signIn(email: string, password: string): Promise<string> {
  const response = await signInResponse(email, password);
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return cookie;
}
