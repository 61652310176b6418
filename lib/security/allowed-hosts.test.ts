import { describe, expect, it } from "vitest";
import { allowedHosts, hostName, hostRefusal, isAllowedHost } from "./allowed-hosts";

describe("allowedHosts", () => {
  it("defaults to the loopback names and adds ALLOWED_HOSTS, normalised", () => {
    expect(allowedHosts(undefined)).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(allowedHosts(" Selaras.Example , 10.0.0.5:3000, ::1, bad host ,")).toEqual(["localhost", "127.0.0.1", "[::1]", "selaras.example", "10.0.0.5"]);
  });
});

describe("isAllowedHost", () => {
  const allowed = allowedHosts("selaras.example");
  it.each<[string | null, boolean]>([
    ["localhost", true],
    ["localhost:3000", true],
    ["127.0.0.1:65535", true],
    ["[::1]:3000", true],
    ["[::1]", true],
    ["SELARAS.example:443", true],
    ["selaras.example.evil.test", false],
    ["evil.selaras.example", false],
    ["127.0.0.2", false],
    ["localhost.", false],
    ["", false],
    [null, false],
    ["a b", false],
    ["localhost:3000\r\nx: y", false],
    ["user@localhost", false],
  ])("%s → %s", (host, expected) => {
    expect(isAllowedHost(host, allowed)).toBe(expected);
  });

  it("hostName drops the port", () => {
    expect(hostName("LocalHost:3210")).toBe("localhost");
    expect(hostName("[::1]:80")).toBe("[::1]");
  });
});

describe("hostRefusal", () => {
  it("refuses a foreign X-Forwarded-Host even when Host is allowed", () => {
    expect(hostRefusal("127.0.0.1:3000", null)).toBeNull();
    expect(hostRefusal("127.0.0.1:3000", "localhost:3000, proxy.internal")).toBeNull();
    expect(hostRefusal("127.0.0.1:3000", "evil.example")).toMatch(/evil\.example/);
    expect(hostRefusal("evil.example", null)).toMatch(/ALLOWED_HOSTS/);
  });
});
