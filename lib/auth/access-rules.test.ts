// The access table covers the whole app: every app/**/route.ts method, every page and
// every server action has a row, and proxy.ts enforces each row for every role. A new
// route without a rule fails here.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { updateSettings } from "@/lib/auth/settings";
import { seedAccounts, TEST_SITE, type TestAccounts } from "@/lib/test/accounts";
import { PAGE_RULES, ROUTE_RULES, SERVER_ACTION_RULES, ruleFor, type Method } from "./access-rules";
import { roleReaches, type AccessLevel } from "./roles";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");
const METHODS: readonly Method[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** app/api/segments/[id]/route.ts → /api/segments/[id]; route groups "(x)" vanish from URLs. */
function patternOf(file: string): string {
  const parts = path.relative(APP, path.dirname(file)).split(path.sep).filter((p) => p !== "" && !/^\(.+\)$/.test(p));
  return `/${parts.join("/")}`;
}

function exportedMethods(file: string): Method[] {
  const source = fs.readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${m}\\b`).test(source));
}

const routes = filesNamed(APP, "route.ts").map((file) => ({ pattern: patternOf(file), methods: exportedMethods(file) }));
const pages = filesNamed(APP, "page.tsx").map(patternOf);

function samplePath(pattern: string): string {
  return pattern.replace(/\[\.\.\.[^\]]+\]/g, "x/y").replace(/\[[^\]]+\]/g, "x");
}

describe("the access table names every route, page and server action", () => {
  it("found the app's routes (the glob works)", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(pages).toContain("/");
  });

  it.each(routes.flatMap((r) => r.methods.map((m) => [`${m} ${r.pattern}`, r.pattern, m] as const)))("%s has a rule", (_n, pattern, method) => {
    expect(ROUTE_RULES[pattern]?.[method], `add "${pattern}": { ${method}: … } to ROUTE_RULES`).toBeDefined();
    expect(ruleFor(samplePath(pattern), method)).toMatchObject({ kind: "route", pattern });
  });

  it("lists no route or method that does not exist", () => {
    const existing = new Set(routes.flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`)));
    const listed = Object.entries(ROUTE_RULES).flatMap(([p, rules]) => Object.keys(rules).map((m) => `${m} ${p}`));
    expect(listed.filter((entry) => !existing.has(entry))).toEqual([]);
  });

  it.each(pages)("page %s has a rule", (pattern) => {
    expect(PAGE_RULES[pattern], `add "${pattern}" to PAGE_RULES`).toBeDefined();
    expect(ruleFor(samplePath(pattern), "GET")).toMatchObject({ kind: "page", pattern });
  });

  it("every server action has a rule and checks it itself", () => {
    const files = ["app", "lib"].flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
      .map((e) => path.join(e.parentPath, e.name)));
    const actions = files.flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      if (!/^\s*(?:\/\/.*\n\s*)*["']use server["']/.test(source)) return [];
      return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({ key: `${path.relative(ROOT, file)}#${m[1]}`, source }));
    });
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      const level = SERVER_ACTION_RULES[action.key];
      expect(level, `add "${action.key}" to SERVER_ACTION_RULES`).toBeDefined();
      if (level !== "public") expect(action.source).toContain(`requireAccess("${level}")`);
    }
    expect(Object.keys(SERVER_ACTION_RULES).filter((k) => !actions.some((a) => a.key === k))).toEqual([]);
  });
});

describe("proxy.ts enforces the table for every role", () => {
  let accounts: TestAccounts;
  beforeAll(async () => {
    accounts = await seedAccounts();
  });

  async function call(pathname: string, method: string, who: "anonymous" | keyof TestAccounts) {
    const headers: Record<string, string> = { host: "127.0.0.1:3210", origin: TEST_SITE };
    if (who !== "anonymous") headers.authorization = `Bearer ${accounts[who].token}`;
    return proxy(new NextRequest(`${TEST_SITE}${pathname}`, { method, headers }));
  }

  const cases = Object.entries(ROUTE_RULES).flatMap(([pattern, rules]) =>
    Object.entries(rules).map(([method, level]) => [`${method} ${pattern} (${level})`, samplePath(pattern), method, level as AccessLevel] as const),
  );

  it.each(cases)("%s", async (_name, pathname, method, level) => {
    const passed = (r: Response) => r.headers.get("x-middleware-next") === "1";
    const anonymous = await call(pathname, method, "anonymous");
    if (level === "public") expect(passed(anonymous)).toBe(true);
    else expect(anonymous.status).toBe(401);
    for (const role of ["reader", "editor", "owner"] as const) {
      const response = await call(pathname, method, role);
      if (roleReaches(role, level)) expect(passed(response), `${role} should pass`).toBe(true);
      else expect(response.status, `${role} should get 403`).toBe(403);
    }
  });

  it("an API path with no row is refused to all but the owner (fails closed)", async () => {
    expect((await call("/api/not-in-the-table", "POST", "anonymous")).status).toBe(401);
    expect((await call("/api/not-in-the-table", "POST", "editor")).status).toBe(403);
    expect((await call("/api/documents", "DELETE", "editor")).status).toBe(403);
  });

  it("pages: anonymous visitors are sent to sign in; a role that does not reach the page gets 403", async () => {
    const anonymous = await call("/glossary", "GET", "anonymous");
    expect(anonymous.status).toBe(303);
    // NextURL spells 127.0.0.1 as localhost; Next relativizes same-origin redirects anyway.
    expect(new URL(anonymous.headers.get("location") ?? "", TEST_SITE).pathname + new URL(anonymous.headers.get("location") ?? "", TEST_SITE).search).toBe("/sign-in?next=%2Fglossary");
    expect((await call("/users", "GET", "editor")).status).toBe(403);
    expect((await call("/documents/x/edit", "GET", "reader")).status).toBe(403);
    expect((await call("/documents/x/edit", "GET", "editor")).headers.get("x-middleware-next")).toBe("1");
  });

  it('"anyone may read" opens reading, search and export to visitors, and nothing else', async () => {
    await updateSettings({ anyoneMayRead: true });
    try {
      for (const [_name, pathname, method, level] of cases) {
        const response = await call(pathname, method, "anonymous");
        if (level === "public" || level === "read") expect(response.headers.get("x-middleware-next"), `${method} ${pathname}`).toBe("1");
        else expect(response.status, `${method} ${pathname}`).toBe(401);
      }
    } finally {
      await updateSettings({ anyoneMayRead: false });
    }
  });

  it("a revoked token and a disabled user's token are anonymous (401)", async () => {
    const { revokeApiToken, createApiToken } = await import("./api-tokens");
    const { updateUser } = await import("./manage-users");
    const fresh = await createApiToken(accounts.editor.user.id, "to revoke");
    await revokeApiToken(accounts.editor.user.id, fresh.summary.id);
    const revoked = await proxy(new NextRequest(`${TEST_SITE}/api/documents`, { headers: { host: "127.0.0.1:3210", authorization: `Bearer ${fresh.token}` } }));
    expect(revoked.status).toBe(401);
    await updateUser(accounts.reader.user.id, { disabled: true });
    expect((await call("/api/documents", "GET", "reader")).status).toBe(401);
    await updateUser(accounts.reader.user.id, { disabled: false });
  });
});
