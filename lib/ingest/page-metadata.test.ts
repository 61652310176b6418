import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { absoluteHttpUrl, readPageMetadata, withoutSiteName } from "./page-metadata";

const page = (head: string, body = "") =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, "text/html") as unknown as Document;

describe("readPageMetadata", () => {
  const cases: { name: string; head: string; body?: string; pageUrl?: string; expected: Record<string, string | null> }[] = [
    {
      name: "og:title wins over <title>",
      head: '<title>Tab - Kompas</title><meta property="og:title" content="Judul Asli"><meta property="og:site_name" content="Kompas">',
      expected: { title: "Judul Asli", siteName: "Kompas" },
    },
    { name: "<title> with site suffix stripped", head: '<title>Judul Berita - Kompas.com</title><meta property="og:site_name" content="Kompas.com">', expected: { title: "Judul Berita" } },
    { name: "<title> with pipe suffix stripped", head: '<title>Judul | Tempo</title><meta name="application-name" content="Tempo">', expected: { title: "Judul", siteName: "Tempo" } },
    { name: "suffix kept when site unknown", head: "<title>Judul - Kompas</title>", expected: { title: "Judul - Kompas", siteName: null } },
    { name: "entities and whitespace in title", head: "<title>\n  Banjir &amp; Longsor  </title>", expected: { title: "Banjir & Longsor" } },
    { name: "h1 when no title at all", head: "", body: "<h1>Judul H1</h1>", expected: { title: "Judul H1" } },
    { name: "no title", head: "", expected: { title: null } },
    { name: "absolute canonical", head: '<link rel="canonical" href="https://a.example/berita/1">', expected: { canonicalUrl: "https://a.example/berita/1" } },
    { name: "relative canonical resolved", head: '<link rel="Canonical" href="/berita/2">', pageUrl: "https://a.example/x?y=1", expected: { canonicalUrl: "https://a.example/berita/2" } },
    { name: "relative canonical without a page address", head: '<link rel="canonical" href="/berita/2">', expected: { canonicalUrl: null } },
    { name: "javascript: canonical refused", head: '<link rel="canonical" href="javascript:alert(1)">', expected: { canonicalUrl: null } },
    { name: "og:url as fallback", head: '<meta property="og:url" content="http://a.example/3">', expected: { canonicalUrl: "http://a.example/3" } },
  ];
  it.each(cases)("$name", ({ head, body, pageUrl, expected }) => {
    expect(readPageMetadata(page(head, body), pageUrl)).toMatchObject(expected);
  });
});

describe("withoutSiteName", () => {
  it.each([
    ["Judul - Detik", "detik", "Judul"],
    ["Judul – Detik", "Detik", "Judul"],
    ["Judul :: Detik", "Detik", "Judul"],
    ["Detik | Judul", "Detik", "Judul"],
    ["Judul - bagian - Detik", "Detik", "Judul - bagian"],
    ["Detik", "Detik", "Detik"],
    ["Judul - Lain", "Detik", "Judul - Lain"],
    ["Judul-Detik", "Detik", "Judul-Detik"],
  ])("%s (site %s) → %s", (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });
});

describe("absoluteHttpUrl", () => {
  it.each([
    ["https://a.example/x", undefined, "https://a.example/x"],
    ["//cdn.example/x", "https://a.example/", "https://cdn.example/x"],
    ["x", "https://a.example/dir/page", "https://a.example/dir/x"],
    ["ftp://a.example/x", undefined, null],
    ["data:text/html,hi", undefined, null],
    ["  ", undefined, null],
    [null, undefined, null],
    ["http://[bad", undefined, null],
  ])("%s → %s", (href, base, expected) => {
    expect(absoluteHttpUrl(href, base)).toBe(expected);
  });
});
