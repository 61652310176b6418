import { describe, expect, it } from "vitest";
import { charsetFromContentType, charsetFromMeta, looksLikeHtml, resolveEncoding } from "./charset-label";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("resolveEncoding", () => {
  it.each([
    ["utf8", "utf-8"],
    [" UTF-8 ", "utf-8"],
    ["ISO-8859-1", "windows-1252"],
    ["latin1", "windows-1252"],
    ["utf-16", "utf-16le"],
    ["shift_jis", "shift_jis"],
    ["no-such-charset", null],
  ])("%s → %s", (label, expected) => {
    expect(resolveEncoding(label)).toBe(expected);
  });
});

describe("charsetFromContentType", () => {
  it.each([
    ["text/html; charset=UTF-8", "utf-8"],
    ["text/html;charset=iso-8859-1", "windows-1252"],
    ['text/plain; charset="windows-1252"; format=flowed', "windows-1252"],
    ["text/html", null],
    ["text/html; charset=", null],
    ["text/html; charset=bogus", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (contentType, expected) => {
    expect(charsetFromContentType(contentType)).toBe(expected);
  });
});

describe("charsetFromMeta", () => {
  it.each([
    ['<meta charset="iso-8859-1">', "windows-1252"],
    ["<meta charset=utf-8>", "utf-8"],
    ["<META CHARSET='Windows-1252'/>", "windows-1252"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "windows-1252"],
    ['<meta content="text/html; charset=gbk" http-equiv="content-type">', "gbk"],
    ['<meta name="viewport" content="width=device-width">', null],
    ['<!-- <meta charset="gbk"> --><meta charset="utf-8">', "utf-8"],
    ['<meta charset="utf-16le">', "utf-8"],
    ['<meta charset="nonsense"><meta charset="iso-8859-2">', "iso-8859-2"],
  ])("%s → %s", (head, expected) => {
    expect(charsetFromMeta(bytes(`<html><head>${head}</head><body></body></html>`))).toBe(expected);
  });

  it("finds a meta tag after 3 KB of inline style but not past 4 KB", () => {
    const style = (n: number) => `<style>${"x".repeat(n)}</style>`;
    expect(charsetFromMeta(bytes(`<head>${style(3000)}<meta charset="gbk">`))).toBe("gbk");
    expect(charsetFromMeta(bytes(`<head>${style(5000)}<meta charset="gbk">`))).toBeNull();
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["<!DOCTYPE html><html>", true],
    ["  \n<html lang=id>", true],
    ["<!-- saved from url=(0042)https://example.com/ -->\n<html>", true],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', true],
    ["Jakarta - Presiden berkata...", false],
    ["Gunakan tag <b> untuk tebal.", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeHtml(bytes(text))).toBe(expected);
  });
});
