import { describe, expect, it } from "vitest";
import { fetchRetryingBusy, retryDelayMs } from "./retry-busy";

const busy = (retryAfter?: string) => new Response("{}", { status: 503, headers: retryAfter ? { "retry-after": retryAfter } : {} });

describe("fetchRetryingBusy", () => {
  it("retries a 503 after Retry-After until the save lands", async () => {
    const answers = [busy("2"), busy("1"), new Response("{}", { status: 200 })];
    const waited: number[] = [];
    const response = await fetchRetryingBusy(async () => answers.shift()!, { sleep: async (ms) => void waited.push(ms) });
    expect(response.status).toBe(200);
    expect(waited).toEqual([2000, 1000]);
  });

  it("gives up after the last attempt and returns the 503", async () => {
    let sent = 0;
    const response = await fetchRetryingBusy(async () => (sent++, busy("1")), { attempts: 3, sleep: async () => {} });
    expect(response.status).toBe(503);
    expect(sent).toBe(3);
  });

  it.each([400, 409, 422, 500])("does not retry a %i", async (status) => {
    let sent = 0;
    const response = await fetchRetryingBusy(async () => (sent++, new Response("{}", { status })), { sleep: async () => {} });
    expect(response.status).toBe(status);
    expect(sent).toBe(1);
  });
});

describe("retryDelayMs", () => {
  const now = Date.parse("2026-12-01T10:00:00Z");
  it.each<[string | null, number, number]>([
    ["2", 1, 2000],
    ["0", 1, 0],
    [null, 1, 1000],
    [null, 3, 4000],
    ["garbage", 2, 2000],
    ["3600", 1, 10_000],
    ["Tue, 01 Dec 2026 10:00:05 GMT", 1, 5000],
    ["Tue, 01 Dec 2026 09:00:00 GMT", 1, 0],
  ])("Retry-After %j on attempt %i → %i ms", (header, attempt, expected) => {
    expect(retryDelayMs(header, attempt, 10_000, now)).toBe(expected);
  });
});
