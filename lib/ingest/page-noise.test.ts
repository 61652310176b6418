import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { isNoise } from "./page-noise";

function firstElement(html: string): Element {
  const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, "text/html") as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error("fixture has no element");
  return element;
}

const longArticle = "<p>Kalimat isi berita yang panjang.</p>".repeat(40);

const cases: { name: string; html: string; noise: boolean }[] = [
  { name: "share bar by class", html: "<div class='share-buttons'><a>FB</a></div>", noise: true },
  { name: "social bar by id", html: "<div id='social_top'><a>X</a></div>", noise: true },
  { name: "baca-juga box by class", html: "<div class='baca-juga-box'><a>Lain</a></div>", noise: true },
  { name: "tag list", html: "<div class='tags'><a>banjir</a></div>", noise: true },
  { name: "ad slot", html: "<div class='ad-slot'>ADVERTISEMENT</div>", noise: true },
  { name: "article wrapper whose class mentions tags is kept", html: `<div class='post-content has-tags'>${longArticle}</div>`, noise: false },
  { name: "noise word inside another word is not noise", html: "<div class='shareholder-news'>Isi</div>", noise: false },
  { name: "Baca juga paragraph", html: "<p><strong>Baca juga:</strong> <a>Judul</a></p>", noise: true },
  { name: "Simak juga with leading whitespace", html: "<p>\n  Simak juga: <a>Video</a></p>", noise: true },
  { name: "Artikel terkait list", html: "<div><h4>Artikel Terkait</h4><ul><li><a>Satu</a></li></ul></div>", noise: true },
  { name: "prose that starts with 'Baca' is kept", html: "<p>Bacaan Al-Quran menggema di masjid.</p>", noise: false },
  { name: "long prose starting with Baca juga is kept", html: `<p>Baca juga ${"kalimat yang panjang tanpa tautan. ".repeat(20)}</p>`, noise: false },
  { name: "ordinary paragraph", html: "<p>Presiden berkata.</p>", noise: false },
];

describe("isNoise", () => {
  it.each(cases)("$name → $noise", ({ html, noise }) => {
    expect(isNoise(firstElement(html))).toBe(noise);
  });
});
