import { describe, expect, it } from "vitest";
import { decideAccess, type AccessLevel } from "./roles";
import type { Role } from "@/lib/generated/prisma/enums";

describe("decideAccess", () => {
  it.each<[Role | null, AccessLevel, boolean, number | "ok"]>([
    [null, "public", false, "ok"],
    [null, "read", false, 401],
    [null, "read", true, "ok"],
    [null, "edit", true, 401],
    [null, "owner", true, 401],
    ["reader", "read", false, "ok"],
    ["reader", "edit", false, 403],
    ["reader", "owner", false, 403],
    ["editor", "edit", false, "ok"],
    ["editor", "owner", false, 403],
    ["owner", "owner", false, "ok"],
  ])("%s asking for %s (anyone may read: %s) → %s", (role, level, anyoneMayRead, expected) => {
    const decision = decideAccess(role, level, anyoneMayRead);
    if (expected === "ok") expect(decision.ok).toBe(true);
    else expect(decision).toMatchObject({ ok: false, status: expected });
  });
});
