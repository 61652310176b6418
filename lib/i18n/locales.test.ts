import { describe, expect, it } from "vitest";
import { isLocale, pickLocale } from "./locales";

describe("pickLocale", () => {
  const cases: { name: string; cookie: string | undefined; accept: string | null; expected: "en" | "id" }[] = [
    { name: "nothing known → English", cookie: undefined, accept: null, expected: "en" },
    { name: "cookie id wins", cookie: "id", accept: "en-US,en;q=0.9", expected: "id" },
    { name: "cookie en wins over Indonesian browser", cookie: "en", accept: "id-ID", expected: "en" },
    { name: "unknown cookie is ignored", cookie: "fr", accept: "id-ID,id;q=0.9", expected: "id" },
    { name: "Indonesian browser", cookie: undefined, accept: "id-ID,id;q=0.9,en-US;q=0.8", expected: "id" },
    { name: "English browser", cookie: undefined, accept: "en-GB,en;q=0.9", expected: "en" },
    { name: "quality order beats list order", cookie: undefined, accept: "en;q=0.5,id;q=0.9", expected: "id" },
    { name: "first supported language wins", cookie: undefined, accept: "fr-FR,id;q=0.8,en;q=0.7", expected: "id" },
    { name: "only unsupported languages → English", cookie: undefined, accept: "fr,de;q=0.8", expected: "en" },
    { name: "legacy 'in' code means Indonesian", cookie: undefined, accept: "in-ID", expected: "id" },
    { name: "q=0 means not acceptable", cookie: undefined, accept: "id;q=0,en;q=0.1", expected: "en" },
    { name: "wildcard and junk are skipped", cookie: undefined, accept: "*,;q=abc, ID", expected: "id" },
    { name: "empty header", cookie: "", accept: "", expected: "en" },
  ];
  it.each(cases)("$name", ({ cookie, accept, expected }) => {
    expect(pickLocale(cookie, accept)).toBe(expected);
  });
});

describe("isLocale", () => {
  it.each([
    { value: "en", expected: true },
    { value: "id", expected: true },
    { value: "ID", expected: false },
    { value: "in", expected: false },
    { value: undefined, expected: false },
    { value: 3, expected: false },
  ])("$value → $expected", ({ value, expected }) => {
    expect(isLocale(value)).toBe(expected);
  });
});
