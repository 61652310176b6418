import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./ip-ranges";
import { resolveTarget, type HostResolver } from "./resolve-target";

const dns: Record<string, string[]> = {
  "public.test": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
  "private.test": ["192.168.0.10"],
  "mixed.test": ["93.184.215.14", "127.0.0.1"],
  "empty.test": [],
};
const resolver: HostResolver = async (name) => {
  const answers = dns[name];
  if (!answers) throw new Error("ENOTFOUND");
  return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

describe("resolveTarget", () => {
  it.each([
    ["https://public.test/berita?id=1", { ok: true, hostname: "public.test" }],
    ["http://93.184.215.14/", { ok: true, hostname: "93.184.215.14" }],
    ["http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", { ok: true, hostname: "2606:2800:21f:cb07:6820:80da:af6b:8b2c" }],
    ["http://private.test/", { ok: false, code: "blocked-address", message: expect.stringContaining("private.test → 192.168.0.10") }],
    ["http://mixed.test/", { ok: false, code: "blocked-address", message: expect.stringContaining("127.0.0.1") }],
    ["http://2130706433/", { ok: false, code: "blocked-address", message: expect.stringContaining("(127.0.0.1)") }],
    ["http://localhost/", { ok: false, code: "blocked-address" }],
    ["http://empty.test/", { ok: false, code: "dns", message: expect.stringContaining("empty.test") }],
    ["http://unknown.test/", { ok: false, code: "dns" }],
    ["  https://public.test/  ", { ok: true }],
    ["file:///etc/hosts", { ok: false, code: "scheme", message: expect.stringContaining("“file:”") }],
    ["ws://public.test/", { ok: false, code: "scheme" }],
    ["public.test/berita", { ok: false, code: "invalid-url" }],
    ["https://a:b@public.test/", { ok: false, code: "invalid-url" }],
  ])("%s", async (url, expected) => {
    expect(await resolveTarget(url, isPublicAddress, resolver)).toMatchObject(expected);
  });

  it("returns every checked address so the connection can be pinned to them", async () => {
    const target = await resolveTarget("https://public.test/", isPublicAddress, resolver);
    expect(target.ok && target.addresses).toEqual([
      { address: "93.184.215.14", family: 4 },
      { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
    ]);
  });
});
