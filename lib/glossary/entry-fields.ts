// How a glossary entry is written in English, decided in one place.
import { looksEnglishName } from "@/lib/text/entities/english-name";
import type { TargetOrigin } from "./types";

/** The English a translation should show: the name itself when it must not be translated. */
export function renderingOf(entry: { source: string; target: string | null; doNotTranslate: boolean }): string | null {
  return entry.doNotTranslate ? entry.source : entry.target;
}

/** What an entry's header says about its English, and where that English comes from. */
export type RenderingLine = { english: string | null; note: "doNotTranslate" | TargetOrigin | null };

export function renderingLine(entry: { source: string; target: string | null; targetOrigin: TargetOrigin; doNotTranslate: boolean }): RenderingLine {
  if (entry.doNotTranslate) return { english: entry.source, note: "doNotTranslate" };
  if (entry.target !== null) return { english: entry.target, note: entry.targetOrigin };
  // Entries stored before an English-looking name counted as its own rendering.
  if (looksEnglishName(entry.source)) return { english: entry.source, note: "name" };
  // Nothing yet: no origin to name (it would read "No English yet (the name itself)").
  return { english: null, note: null };
}
