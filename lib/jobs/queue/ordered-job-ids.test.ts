import { describe, expect, it } from "vitest";
import { orderedJobIds } from "./ordered-job-ids";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

describe("ordered job ids", () => {
  it.each([
    ["none", 0],
    ["one", 1],
    ["a long article", 5_000],
  ])("%s: valid UUIDs that sort in the order they were made", (_name, count) => {
    const ids = orderedJobIds(count, 1_795_000_000_000);
    expect(ids).toHaveLength(count);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(count);
  });

  it("sorts a later call after an earlier one", () => {
    const [early] = orderedJobIds(1, 1_795_000_000_000);
    const [late] = orderedJobIds(1, 1_795_000_000_001);
    expect(early! < late!).toBe(true);
  });

  it("refuses more ids than its counter holds", () => {
    expect(() => orderedJobIds(0x1000000)).toThrow(/At most/);
  });
});
