// The default policy must refuse every spelling of a local or private address, and must
// do so before connecting: the local server below must never see a request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle } from "./safe-fetch";
import type { HostResolver } from "./resolve-target";
import { startLocalServer, type LocalServer } from "./fixtures/local-server";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ "/": (_req, res) => res.end("<p>secret</p>") });
});
afterAll(() => server.close());

// No real DNS in tests: names resolve from this table, anything else fails like NXDOMAIN.
const fakeDns: Record<string, string[]> = {
  "loopback.test": ["127.0.0.1"],
  "metadata.test": ["169.254.169.254"],
  "mixed.test": ["93.184.215.14", "10.0.0.7"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "ula.test": ["fd00::5"],
};
const resolveHost: HostResolver = async (name) => {
  const found = fakeDns[name];
  if (!found) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

describe("fetchArticle refuses local and private targets without connecting", () => {
  const bypasses = [
    "http://127.0.0.1:PORT/",
    "http://127.1:PORT/",
    "http://2130706433:PORT/",
    "http://0177.0.0.1:PORT/",
    "http://0x7f.0.0.1:PORT/",
    "http://0x7f000001:PORT/",
    "http://127.000.000.001:PORT/",
    "http://[::ffff:127.0.0.1]:PORT/",
    "http://[::ffff:7f00:1]:PORT/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/",
    "http://[::1]:PORT/",
    "http://[0000::1]:PORT/",
    "http://[::]:PORT/",
    "http://0.0.0.0:PORT/",
    "http://0:PORT/",
    "http://localhost:PORT/",
    "http://LOCALHOST.:PORT/",
    "http://app.localhost:PORT/",
    "http://loopback.test:PORT/",
    "http://mapped.test:PORT/",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.test/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "http://ula.test/",
    "http://[ff02::1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://mixed.test/",
    "https://127.0.0.1:PORT/",
  ];

  it.each(bypasses)("%s → blocked-address", async (template) => {
    const result = await fetchArticle(template.replace("PORT", String(server.port)), { resolveHost, timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, code: "blocked-address" });
    if (!result.ok) expect(result.message).toMatch(/private, local or reserved network address/);
    expect(server.requests).toEqual([]);
  });

  it.each([
    ["file:///etc/passwd", "scheme"],
    ["ftp://example.com/berita.txt", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["data:text/html,<p>hi</p>", "scheme"],
    ["gopher://127.0.0.1:6379/_INFO", "scheme"],
    ["not a url", "invalid-url"],
    ["http://", "invalid-url"],
    ["//example.com/berita", "invalid-url"],
    ["http://user:pass@example.com/", "invalid-url"],
    ["http://does-not-exist.test/", "dns"],
  ])("%s → %s", async (url, code) => {
    const result = await fetchArticle(url, { resolveHost });
    expect(result).toMatchObject({ ok: false, code });
    expect(server.requests).toEqual([]);
  });
});
