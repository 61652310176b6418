// The glossary's loose string columns, read in one place so a malformed row never
// crashes a page.
import type { EntityType } from "@/lib/text/entities";
import { ENTITY_TYPES, type TargetOrigin } from "./types";

export function asEntityType(value: string): EntityType {
  return ENTITY_TYPES.find((t) => t === value) ?? "other";
}

export function asTargetOrigin(value: string): TargetOrigin {
  return value === "user" || value === "gazetteer" ? value : "name";
}

/** The English a translation should show: the name itself when it must not be translated. */
export function renderingOf(entry: { source: string; target: string | null; doNotTranslate: boolean }): string | null {
  return entry.doNotTranslate ? entry.source : entry.target;
}
