import "server-only";
// proxy.ts's access decision for one request: the rule from the access table, the
// requester's role and the "anyone may read" setting. First run (no users) sends every
// page to /setup.
import { ruleFor } from "./access-rules";
import { currentUser } from "./current-user";
import { hasUsers } from "./create-owner";
import { getSettings } from "./settings";
import { decideAccess } from "./roles";

export type AccessOutcome =
  | { kind: "pass" }
  | { kind: "setup" }
  | { kind: "sign-in" }
  | { kind: "refuse"; status: 401 | 403; code: string; message: string; page: boolean };

let usersSeen = false;

export async function checkAccess(pathname: string, method: string, headers: Headers): Promise<AccessOutcome> {
  const rule = ruleFor(pathname, method);
  const page = rule.kind === "page";
  if (!usersSeen) usersSeen = await hasUsers();
  if (!usersSeen) {
    if (rule.level === "public") return { kind: "pass" };
    return page ? { kind: "setup" } : { kind: "refuse", status: 401, code: "unauthorized", message: "Create the owner account first (open the app in a browser).", page };
  }
  // Server actions are POSTs to a page path: each action checks its own rule.
  if (page && method.toUpperCase() === "POST" && headers.has("next-action")) return { kind: "pass" };
  if (rule.level === "public") return { kind: "pass" };
  const user = await currentUser(headers);
  if (rule.level === null) {
    if (user?.role === "owner") return { kind: "pass" };
    return { kind: "refuse", status: user ? 403 : 401, code: user ? "forbidden" : "unauthorized", message: "No access rule allows this request.", page };
  }
  const settings = user ? { anyoneMayRead: false } : await getSettings();
  const decision = decideAccess(user?.role ?? null, rule.level, settings.anyoneMayRead);
  if (decision.ok) return { kind: "pass" };
  if (page && decision.status === 401) return { kind: "sign-in" };
  return { kind: "refuse", status: decision.status, code: decision.code, message: decision.message, page };
}
