// TMX 1.4b unit extraction from a stream of XML events, pure: the XML parser (saxes,
// lib/memory/read-tmx-units.ts) checks well-formedness and hands over open/text/close
// events; this turns them into Indonesian → English pairs. TMX 1.1's `lang` is read
// like 1.4's `xml:lang`; inline codes (bpt, ept, it, ph, ut) are formatting, not text.
import { checkMemoryUnit, type CheckedUnit, type RefusedUnit } from "./memory-unit";

export type XmlEvent =
  | { kind: "open"; name: string; attributes: Readonly<Record<string, string>> }
  | { kind: "text"; text: string }
  | { kind: "close"; name: string };

export type TmxItem = (CheckedUnit | RefusedUnit) & { line: number };

/** A file that is XML but not a TMX this app can use; the whole import is refused. */
export class TmxStructureError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "TmxStructureError";
  }
}

const INLINE_CODES = new Set(["bpt", "ept", "it", "ph", "ut"]);
const SOURCE_LANG = /^(id|in)(?:[-_]|$)/i;
const TARGET_LANG = /^en(?:[-_]|$)/i;

type Variant = { lang: string; text: string };
type State = { started: boolean; unitLine: number; variants: Variant[] | null; lang: string | null; seg: string | null; codeDepth: number };

export function isSourceLang(lang: string): boolean {
  return SOURCE_LANG.test(lang.trim());
}

export function isTargetLang(lang: string): boolean {
  return TARGET_LANG.test(lang.trim());
}

export function createTmxUnitReader(): (event: XmlEvent, line: number) => TmxItem | null {
  const state: State = { started: false, unitLine: 0, variants: null, lang: null, seg: null, codeDepth: 0 };
  return (event, line) => {
    if (event.kind === "open") return open(state, event.name, event.attributes, line);
    if (event.kind === "close") return close(state, event.name);
    if (state.seg !== null && state.codeDepth === 0) state.seg += event.text;
    return null;
  };
}

function open(state: State, name: string, attributes: Readonly<Record<string, string>>, line: number): null {
  if (!state.started) {
    if (name !== "tmx") throw new TmxStructureError(`This is XML but not TMX: the root element is <${name}>, not <tmx>.`, line);
    state.started = true;
  } else if (name === "header") {
    checkSourceLanguage(attributes.srclang ?? "", line);
  } else if (name === "tu") {
    state.variants = [];
    state.unitLine = line;
  } else if (name === "tuv" && state.variants !== null) {
    state.lang = attributes["xml:lang"] ?? attributes.lang ?? "";
  } else if (name === "seg" && state.lang !== null) {
    state.seg = "";
  } else if (state.seg !== null && INLINE_CODES.has(name)) {
    state.codeDepth += 1;
  }
  return null;
}

function close(state: State, name: string): TmxItem | null {
  if (name === "seg" && state.seg !== null && state.lang !== null) {
    state.variants?.push({ lang: state.lang, text: state.seg });
    state.seg = null;
  } else if (name === "tuv") {
    state.lang = null;
  } else if (name === "tu" && state.variants !== null) {
    const variants = state.variants;
    state.variants = null;
    return { ...pairOf(variants), line: state.unitLine };
  } else if (state.seg !== null && INLINE_CODES.has(name)) {
    state.codeDepth -= 1;
  }
  return null;
}

function pairOf(variants: readonly Variant[]): CheckedUnit | RefusedUnit {
  const source = variants.find((v) => isSourceLang(v.lang));
  const target = variants.find((v) => isTargetLang(v.lang));
  if (!source || !target) return { ok: false, code: "wrong-language" };
  return checkMemoryUnit(source.text, target.text);
}

// "*all*" means any variant may be the source: the units themselves are checked.
function checkSourceLanguage(srclang: string, line: number): void {
  if (srclang === "*all*" || isSourceLang(srclang)) return;
  const named = srclang.trim() === "" ? "no source language" : `source language "${srclang}"`;
  throw new TmxStructureError(`This TMX has ${named}; Selaras imports Indonesian (id or in) to English (en).`, line);
}
