import { describe, expect, it } from "vitest";
import { MAX_FAILURES, SignInThrottle, WINDOW_MS } from "./sign-in-throttle";

describe("SignInThrottle", () => {
  it("locks an account after MAX_FAILURES failures in the window, whatever the case of the e-mail", () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure("Ana@Example.com");
    expect(throttle.retryAfter("ana@example.com")).toBe(0);
    throttle.recordFailure("ana@example.com");
    expect(throttle.retryAfter("ANA@example.com")).toBe(WINDOW_MS / 1000);
    expect(throttle.retryAfter("bob@example.com")).toBe(0);
    now += WINDOW_MS + 1;
    expect(throttle.retryAfter("ana@example.com")).toBe(0);
  });

  it("a success clears the count", () => {
    const throttle = new SignInThrottle(() => 5);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure("a@b.c");
    throttle.recordSuccess("a@b.c");
    throttle.recordFailure("a@b.c");
    expect(throttle.retryAfter("a@b.c")).toBe(0);
  });
});
