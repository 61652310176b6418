import { describe, expect, it } from "vitest";
import { ChangeAction } from "@/lib/generated/prisma/enums";
import { ACTION_NAMES, actionEnum, actionName, isActionName } from "./action-names";

describe("change action names", () => {
  it("name every enum value exactly once, and round-trip", () => {
    const values = Object.values(ChangeAction);
    expect(values.map(actionName).sort()).toEqual([...ACTION_NAMES].sort());
    for (const name of ACTION_NAMES) expect(actionName(actionEnum(name))).toBe(name);
  });

  it.each([
    ["glossary-fix", true],
    ["restore-line", true],
    ["glossary_fix", false],
    ["Edit", false],
    ["", false],
  ])("%s is a name: %s", (value, expected) => {
    expect(isActionName(value)).toBe(expected);
  });
});
