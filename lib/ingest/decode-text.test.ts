import { describe, expect, it } from "vitest";
import { decodeText, type DecodeHints } from "./decode-text";

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
const utf16be = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
/** Latin-1 / Windows-1252 bytes, with the 1252 curly quotes spelled as their byte values. */
const cp1252 = (s: string): number[] =>
  [...s].map((c) => ({ "“": 0x93, "”": 0x94, "’": 0x92, "—": 0x97 })[c] ?? c.charCodeAt(0));
const html = (meta: string, body: string): number[] => [
  ...utf8(`<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><p>`),
  ...cp1252(body),
  ...utf8("</p></body></html>"),
];

type OkCase = { name: string; bytes: number[]; hints?: DecodeHints; text: string | RegExp; encoding: string };

const decodes: OkCase[] = [
  { name: "UTF-8 without BOM", bytes: utf8("Wakil Presiden “Gibran” – café"), text: "Wakil Presiden “Gibran” – café", encoding: "utf-8" },
  { name: "UTF-8 with BOM (BOM dropped)", bytes: [0xef, 0xbb, 0xbf, ...utf8("Jakarta é")], text: "Jakarta é", encoding: "utf-8" },
  { name: "UTF-16LE with BOM", bytes: [0xff, 0xfe, ...utf16le("Berita “hari ini” é")], text: "Berita “hari ini” é", encoding: "utf-16le" },
  { name: "UTF-16BE with BOM", bytes: [0xfe, 0xff, ...utf16be("Berita “hari ini” é")], text: "Berita “hari ini” é", encoding: "utf-16be" },
  { name: "Windows-1252 .txt with smart quotes and é", bytes: cp1252("Dia berkata “café” — itu’s bagus."), text: "Dia berkata “café” — itu’s bagus.", encoding: "windows-1252" },
  {
    name: "ISO-8859-1 declared in <meta http-equiv> (read as windows-1252, as browsers do)",
    bytes: html(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, "Señor “Ali”"),
    text: /<p>Señor “Ali”<\/p>/,
    encoding: "windows-1252",
  },
  {
    name: "<meta charset> on a page that is also valid UTF-8 when ASCII",
    bytes: html(`<meta charset="iso-8859-1">`, "plain"),
    text: /<p>plain<\/p>/,
    encoding: "windows-1252",
  },
  {
    name: "charset from the HTTP header wins over the meta tag",
    bytes: [...utf8(`<html><head><meta charset="utf-8"></head><body>`), ...cp1252("résumé")],
    hints: { contentType: "text/html; charset=windows-1252" },
    text: /résumé/,
    encoding: "windows-1252",
  },
  { name: "quoted header charset", bytes: cp1252("é"), hints: { contentType: 'text/plain; charset="latin1"' }, text: "é", encoding: "windows-1252" },
  {
    name: "BOM wins over a contradicting header",
    bytes: [0xef, 0xbb, 0xbf, ...utf8("é")],
    hints: { contentType: "text/plain; charset=windows-1252" },
    text: "é",
    encoding: "utf-8",
  },
  {
    name: "meta declaring UTF-16 on an ASCII-readable page means UTF-8",
    bytes: utf8(`<html><head><meta charset="utf-16"></head><body>é</body></html>`),
    hints: { isHtml: true },
    text: /<body>é<\/body>/,
    encoding: "utf-8",
  },
  { name: "unknown header charset is ignored", bytes: utf8("kata"), hints: { contentType: "text/plain; charset=bogus-9" }, text: "kata", encoding: "utf-8" },
  { name: "header says UTF-8 but bytes are Windows-1252", bytes: cp1252("“kutipan” é"), hints: { contentType: "text/plain; charset=utf-8" }, text: "“kutipan” é", encoding: "windows-1252" },
  { name: "meta is ignored in plain text that merely mentions it", bytes: utf8('Tag <meta charset="iso-8859-1"> ditulis: é'), text: 'Tag <meta charset="iso-8859-1"> ditulis: é', encoding: "utf-8" },
];

type FailCase = { name: string; bytes: number[]; hints?: DecodeHints; code: "binary" | "encoding" | "empty"; message: RegExp };

const pseudoRandom = (n: number): number[] => {
  let x = 12345;
  return Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
};

const refuses: FailCase[] = [
  { name: "empty", bytes: [], code: "empty", message: /empty/ },
  { name: "whitespace only", bytes: utf8(" \n\t\r\n"), code: "empty", message: /empty/ },
  { name: "BOM only", bytes: [0xef, 0xbb, 0xbf], code: "empty", message: /empty/ },
  { name: "PDF", bytes: utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), code: "binary", message: /binary file \(PDF\)\. Upload plain text \(\.txt\) or a saved web page \(\.html\)\./ },
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], code: "binary", message: /PNG image/ },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff, 0xe0, 0, 16, ...utf8("JFIF")], code: "binary", message: /JPEG image/ },
  { name: "GIF", bytes: utf8("GIF89a\x01\x00"), code: "binary", message: /GIF image/ },
  { name: "ZIP / .docx", bytes: [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...utf8("[Content_Types].xml")], code: "binary", message: /Word document/ },
  { name: "gzip", bytes: [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], code: "binary", message: /gzip/ },
  { name: "random binary", bytes: pseudoRandom(4096), code: "binary", message: /binary file, not text/ },
  { name: "NUL bytes in otherwise ASCII text", bytes: utf8("abc\u0000def"), code: "binary", message: /binary/ },
  { name: "binary served as text/plain; charset=utf-8", bytes: [0, 1, 2, 3, ...utf8("abc")], hints: { contentType: "text/plain; charset=utf-8" }, code: "binary", message: /binary/ },
  { name: "dense high bytes that are not UTF-8 (e.g. undeclared Shift_JIS)", bytes: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd], code: "encoding", message: /Save it as UTF-8/ },
  { name: "UTF-16LE BOM with a dangling half character", bytes: [0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8], code: "encoding", message: /declared as utf-16le/ },
];

describe("decodeText", () => {
  it.each(decodes)("decodes $name", ({ bytes, hints, text, encoding }) => {
    const result = decodeText(Uint8Array.from(bytes), hints);
    expect(result).toMatchObject({ ok: true, encoding });
    if (!result.ok) return;
    if (typeof text === "string") expect(result.text).toBe(text);
    else expect(result.text).toMatch(text);
    expect(result.text.startsWith("\uFEFF")).toBe(false);
  });

  it.each(refuses)("refuses $name", ({ bytes, hints, code, message }) => {
    const result = decodeText(Uint8Array.from(bytes), hints);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
