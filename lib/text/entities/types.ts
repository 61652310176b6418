// Shapes shared by entity spotting, the glossary and the term check. The lead wires these
// to the database, so they are plain data: offsets, strings and nulls.

export type EntityType = "person" | "place" | "organisation" | "other";

/**
 * One mention in one sentence. `start`/`end` are character offsets into the sentence.
 * `key` links variants across the corpus ("kim jong un" for Kim Jong-un and Kim Jong Un,
 * "korea utara" for Korut); `canonical` is the preferred Indonesian form; `target` is the
 * English rendering from the gazetteer, the name itself for people, otherwise null.
 */
export type EntityMatch = {
  start: number;
  end: number;
  surface: string;
  key: string;
  canonical: string;
  type: EntityType;
  target: string | null;
};

export type SentenceInput = { text: string; paragraphStart: boolean };

export type TermMismatch = { key: string; expected: string; found: string | null };

export type TermCheck = { target: string; fixed: boolean; mismatches: TermMismatch[] };

/** A glossary entry as the term check needs it. */
export type TermEntry = { key: string; surfaces: string[]; target: string; doNotTranslate: boolean };

export type Rendering = { key: string; target: string };

export type RenderingSpan = { start: number; end: number; key: string };
