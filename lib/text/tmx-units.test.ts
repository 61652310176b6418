import { describe, expect, it } from "vitest";
import { createTmxUnitReader, isSourceLang, isTargetLang, TmxStructureError, type TmxItem, type XmlEvent } from "./tmx-units";

const open = (name: string, attributes: Record<string, string> = {}): XmlEvent => ({ kind: "open", name, attributes });
const close = (name: string): XmlEvent => ({ kind: "close", name });
const text = (value: string): XmlEvent => ({ kind: "text", text: value });
const tuv = (lang: string, ...content: XmlEvent[]): XmlEvent[] => [open("tuv", { "xml:lang": lang }), open("seg"), ...content, close("seg"), close("tuv")];
const tu = (...variants: XmlEvent[][]): XmlEvent[] => [open("tu"), ...variants.flat(), close("tu")];
const head = (srclang = "id"): XmlEvent[] => [open("tmx", { version: "1.4" }), open("header", { srclang }), close("header"), open("body")];

function read(events: XmlEvent[]): TmxItem[] {
  const reader = createTmxUnitReader();
  return events.map((event, i) => reader(event, i + 1)).filter((item): item is TmxItem => item !== null);
}

describe("createTmxUnitReader", () => {
  it.each([
    ["id → en", tu(tuv("id", text("Satu.")), tuv("en", text("One."))), { ok: true, source: "Satu.", target: "One." }],
    ["in and en-US, target first", tu(tuv("en-US", text("One.")), tuv("in", text("Satu."))), { ok: true, source: "Satu.", target: "One." }],
    ["ID-id and EN-GB", tu(tuv("ID-id", text("Satu.")), tuv("EN-GB", text("One."))), { ok: true, source: "Satu." }],
    ["text in pieces", tu(tuv("id", text("Sa"), text("tu.")), tuv("en", text("One."))), { ok: true, source: "Satu." }],
    ["inline codes dropped, hi kept", tu(tuv("id", text("A"), open("ph"), text("<b>"), close("ph"), open("hi"), text("B"), close("hi")), tuv("en", text("AB"))), { ok: true, source: "AB" }],
    ["no English", tu(tuv("id", text("Satu.")), tuv("fr", text("Un."))), { ok: false, code: "wrong-language" }],
    ["no Indonesian", tu(tuv("ms", text("Satu.")), tuv("en", text("One."))), { ok: false, code: "wrong-language" }],
    ["empty target", tu(tuv("id", text("Satu.")), tuv("en")), { ok: false, code: "empty-target" }],
  ])("%s", (_name, unit, expected) => {
    const items = read([...head(), ...unit, close("body"), close("tmx")]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject(expected);
  });

  it("reads TMX 1.1's lang attribute", () => {
    const unit = [open("tu"), open("tuv", { lang: "id" }), open("seg"), text("Satu."), close("seg"), close("tuv"), ...tuv("en", text("One.")), close("tu")];
    expect(read([...head(), ...unit])[0]).toMatchObject({ ok: true, source: "Satu." });
  });

  it("gives each unit the line its <tu> opened on", () => {
    const items = read([...head(), ...tu(tuv("id", text("a")), tuv("en", text("b"))), ...tu(tuv("id", text("c")), tuv("en", text("d")))]);
    expect(items.map((i) => i.line)).toEqual([5, 17]);
  });

  it.each([
    ["srclang en", () => read(head("en")), /source language "en"/],
    ["no srclang", () => read([open("tmx"), open("header"), close("header")]), /no source language/],
    ["not a TMX", () => read([open("html")]), /not TMX/],
  ])("refuses the whole file: %s", (_name, run, message) => {
    expect(run).toThrow(TmxStructureError);
    expect(run).toThrow(message);
  });

  it("accepts srclang *all*", () => {
    expect(read([...head("*all*"), ...tu(tuv("id", text("a")), tuv("en", text("b")))])).toHaveLength(1);
  });
});

describe("language codes", () => {
  it.each([["id", true], ["in", true], ["id-ID", true], ["ID_id", true], ["ido", false], ["en", false]])("source %s", (lang, ok) => {
    expect(isSourceLang(lang)).toBe(ok);
  });
  it.each([["en", true], ["en-US", true], ["EN-GB", true], ["eng", false], ["id", false]])("target %s", (lang, ok) => {
    expect(isTargetLang(lang)).toBe(ok);
  });
});
