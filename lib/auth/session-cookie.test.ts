// The session cookie's attributes, from better-auth's real sign-in: HttpOnly and
// SameSite=Lax always, Secure when the request came over HTTPS; a 7-day idle lifetime.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "./create-user";
import { handleAuthRequest } from "./sign-in-endpoint";
import { SESSION_IDLE_SECONDS } from "./auth";

const PASSWORD = "correct horse battery";
// Read when the auth instance is made, on first use below.
process.env.ALLOWED_HOSTS = "selaras.example.org";

beforeAll(async () => {
  await createUser({ email: "cookie@example.com", name: "Cookie", password: PASSWORD, role: "reader" });
});

async function signInOver(origin: string, extra: Record<string, string> = {}): Promise<string> {
  const response = await handleAuthRequest(new Request(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, host: new URL(origin).host, ...extra },
    body: JSON.stringify({ email: "cookie@example.com", password: PASSWORD }),
  }));
  expect(response.status).toBe(200);
  return response.headers.get("set-cookie") ?? "";
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, not Secure over plain http, and lives 7 days from last use", async () => {
    const cookie = await signInOver("http://127.0.0.1:3210");
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toContain(`Max-Age=${SESSION_IDLE_SECONDS}`);
  });

  it("is Secure over HTTPS, and behind a TLS-terminating proxy that says so", async () => {
    expect(await signInOver("https://localhost")).toMatch(/;\s*Secure/i);
    expect(await signInOver("http://127.0.0.1:3000", { "x-forwarded-proto": "https" })).toMatch(/;\s*Secure/i);
  });

  it("signs in behind a reverse proxy: the browser's https origin matches the forwarded scheme and host", async () => {
    const response = await handleAuthRequest(new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://selaras.example.org", host: "selaras.example.org", "x-forwarded-proto": "https" },
      body: JSON.stringify({ email: "cookie@example.com", password: PASSWORD }),
    }));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
  });
});
