// The access table: every route handler, page and server action of the app, with the
// level each method needs (lib/auth/roles.ts). proxy.ts enforces it before any route
// runs; lib/auth/access-rules.test.ts globs app/** so a new route without a row fails.
// Pure data and matching, no I/O.
import type { AccessLevel } from "./roles";

export type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
type MethodRules = Partial<Record<Method, AccessLevel>>;

/** Route handlers, keyed by their folder under app/ in Next's own syntax. */
export const ROUTE_RULES: Record<string, MethodRules> = {
  "/api/auth/[...all]": { GET: "public", POST: "public" }, // better-auth: sign-in, sign-out, sessions; it checks its own session
  "/api/setup": { POST: "public" }, // creates the owner only while there are no users
  "/api/invites/[token]": { GET: "public", POST: "public" }, // the invite itself is the credential
  "/api/me": { GET: "read", PATCH: "read" },
  "/api/tokens": { GET: "read", POST: "read" },
  "/api/tokens/[id]": { DELETE: "read" }, // a user's own tokens only (checked in the operation)
  "/api/users": { GET: "owner" },
  "/api/users/[id]": { PATCH: "owner" },
  "/api/invites": { GET: "owner", POST: "owner" },
  "/api/settings": { GET: "owner", PATCH: "owner" },
  "/api/documents": { GET: "read", POST: "edit" },
  "/api/documents/[id]": { GET: "read", PATCH: "edit", DELETE: "edit" }, // rename; move to the trash
  "/api/trash": { GET: "read" },
  "/api/trash/[id]": { DELETE: "edit" }, // purge now
  "/api/trash/[id]/restore": { POST: "edit" },
  "/api/glossary/[id]/not-a-name": { POST: "edit" },
  "/api/glossary/suppressed": { GET: "read" },
  "/api/glossary/suppressed/[key]": { DELETE: "edit" },
  "/api/documents/[id]/export": { GET: "read" },
  "/api/documents/[id]/changes": { GET: "read" },
  "/api/changes": { GET: "read" },
  "/api/documents/[id]/restore": { POST: "edit" },
  "/api/documents/[id]/retranslate": { POST: "edit" },
  "/api/documents/[id]/comparison": { GET: "read", POST: "read" }, // machine drafts beside a published translation; any signed-in reader may ask
  "/api/export": { GET: "read" },
  "/api/export/stats": { GET: "read" },
  "/api/glossary": { GET: "read" },
  "/api/glossary/[id]": { GET: "read", PATCH: "edit" },
  "/api/glossary/[id]/split": { POST: "edit" },
  "/api/glossary/merge": { POST: "edit" },
  "/api/search": { GET: "read" },
  "/api/segments": { GET: "read" },
  "/api/segments/[id]": { PATCH: "edit" },
  "/api/segments/[id]/history": { GET: "read" },
  "/api/segments/[id]/merge": { POST: "edit" },
  "/api/segments/[id]/propagate": { POST: "edit" },
  "/api/segments/[id]/repetitions": { GET: "read" },
  "/api/segments/[id]/retranslate": { POST: "edit" },
  "/api/segments/[id]/retry-translation": { POST: "edit" },
  "/api/segments/[id]/revert": { POST: "edit" },
  "/api/segments/[id]/split": { POST: "edit" },
  "/api/segments/[id]/boundary": { POST: "edit" },
  "/api/segments/[id]/suggestions": { GET: "read" },
  "/api/memory/import": { GET: "read", POST: "edit" }, // translation-memory imports: list; import a file
  "/api/memory/import/[id]": { GET: "read", DELETE: "edit" }, // one import with its progress; remove it and its units
  "/api/dictionary": { GET: "read" },
  "/api/dictionary/examples": { GET: "read" },
  // Saved words are personal, not corpus edits: any signed-in reader manages their own
  // (the operations filter by user); anonymous visitors get 401 even when anyone may read.
  "/api/words": { GET: "read", POST: "read" },
  "/api/words/[id]": { PATCH: "read", DELETE: "read" },
  "/api/words/export": { GET: "read" },
};

/** Pages (GET); their server actions carry their own rule below. */
export const PAGE_RULES: Record<string, AccessLevel> = {
  "/setup": "public",
  "/sign-in": "public",
  "/invite/[token]": "public",
  "/forbidden": "public",
  "/account": "read",
  "/users": "owner",
  "/": "read",
  "/documents/[id]": "read",
  "/documents/[id]/edit": "edit",
  "/export": "read",
  "/glossary": "read",
  "/glossary/[id]": "read",
  "/overview": "read",
  "/changes": "read",
  "/trash": "read",
  "/search": "read",
  "/memory": "read",
  "/words": "read", // a visitor's words live in the browser; an account's on the server
  "/words/concordance": "read",
};

/** Server actions by "file#export"; each action also calls requireAccess with this level. */
export const SERVER_ACTION_RULES: Record<string, AccessLevel> = {
  "lib/i18n/set-locale.ts#setLocale": "public", // the sign-in page has a language switch too
};

type Compiled = { pattern: string; regex: RegExp; specificity: number };

function compile(pattern: string): Compiled {
  const parts = pattern.split("/").filter(Boolean);
  const source = parts
    .map((part) => (/^\[\.\.\..+\]$/.test(part) ? "(?:/.+)" : /^\[.+\]$/.test(part) ? "/[^/]+" : `/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`))
    .join("");
  // Literal segments beat dynamic ones: /api/glossary/merge before /api/glossary/[id].
  const specificity = parts.reduce((sum, part) => sum * 3 + (part.startsWith("[...") ? 0 : part.startsWith("[") ? 1 : 2), 0);
  return { pattern, regex: new RegExp(`^${source || "/"}/?$`), specificity };
}

const ROUTES = Object.keys(ROUTE_RULES).map(compile).sort((a, b) => b.specificity - a.specificity);
const PAGES = Object.keys(PAGE_RULES).map(compile).sort((a, b) => b.specificity - a.specificity);

export type MatchedRule = { kind: "route" | "page"; pattern: string; level: AccessLevel | null };

/**
 * The rule for a request. API paths without a row, or a method the row does not name,
 * get level null (the proxy refuses them for everyone but the owner, so a forgotten row
 * fails closed). Other paths are pages: unknown ones need "read" (they render not-found).
 */
export function ruleFor(pathname: string, method: string): MatchedRule {
  const upper = (method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()) as Method;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const route = ROUTES.find((r) => r.regex.test(pathname));
    if (!route) return { kind: "route", pattern: pathname, level: null };
    return { kind: "route", pattern: route.pattern, level: ROUTE_RULES[route.pattern]?.[upper] ?? null };
  }
  const page = PAGES.find((p) => p.regex.test(pathname));
  if (!page) return { kind: "page", pattern: pathname, level: "read" };
  return { kind: "page", pattern: page.pattern, level: PAGE_RULES[page.pattern] ?? "read" };
}
