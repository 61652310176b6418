// A mention while the document is still being linked: an EntityMatch plus what linking needs.
import type { EntityMatch } from "./types";

export type Mention = EntityMatch & {
  /** Folded words of the surface, for surname matching. */
  words: string[];
  evidence: number;
  fromGazetteer: boolean;
};

/** "Kim Jong-un" → "Kim Jong Un": the canonical form should not depend on hyphenation. */
export function canonicalName(surface: string): string {
  return surface
    .replace(/(\p{Lu}\p{Ll}*)[-‐‑](\p{Ll})/gu, (_, left: string, right: string) => `${left} ${right.toUpperCase()}`)
    .replace(/\s+/gu, " ")
    .trim();
}

export function toMatch({ start, end, surface, key, canonical, type, target }: Mention): EntityMatch {
  return { start, end, surface, key, canonical, type, target };
}
