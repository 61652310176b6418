import { describe, expect, it } from "vitest";
import { storedDateToIso } from "./stored-date";

describe("storedDateToIso", () => {
  it.each([
    { stored: "2026-11-21T19:30:40.216+00:00", expected: "2026-11-21T19:30:40.216Z" },
    { stored: "2026-11-21T19:30:40.216Z", expected: "2026-11-21T19:30:40.216Z" },
    { stored: "2026-11-21T19:30:40+00:00", expected: "2026-11-21T19:30:40.000Z" },
    { stored: "2026-11-22T02:30:40.216+07:00", expected: "2026-11-21T19:30:40.216Z" },
    { stored: 1763753440216, expected: "2025-11-21T19:30:40.216Z" },
  ])("$stored", ({ stored, expected }) => {
    expect(storedDateToIso(stored)).toBe(expected);
  });
});
