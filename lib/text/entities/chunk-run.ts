// Splits a capitalised run into names. Gazetteer names are taken longest first. A run headed
// by a naming word ("Kementerian Pertahanan Rusia", "Laut Jepang") or holding an English
// organisation word ("Korea Research Institute for National Strategy") is one name, unless the
// gazetteer knows its head part ("Komisi Militer Pusat" + "Korea Utara") or a person follows
// the country that ends it ("Departemen Luar Negeri AS" + "Matthew Miller").
import type { SentenceTokens } from "./document-context";
import { foldWord, isAcronym } from "./fold";
import type { GazetteerEntry } from "./gazetteer";
import type { GazetteerSpan } from "./gazetteer-spans";
import type { NameRun } from "./name-runs";
import type { Token } from "./tokenise";
import type { EntityType } from "./types";
import { compassAt, compassTarget } from "./compass";
import { NAME_HEADS, ORGANISATION_WORDS, WEAK_HEADS } from "./word-lists";

/** `type` is null for an unknown name still to be classified from its context; `target` is a rendering worked out here. */
export type Chunk = { first: number; last: number; entry: GazetteerEntry | null; type: EntityType | null; target?: string };

type Spans = readonly (GazetteerSpan | null)[];

export function chunkRun(run: NameRun, sentence: SentenceTokens, gazetteer: Spans): Chunk[] {
  return mergeCompass(rawChunks(run, sentence, gazetteer), sentence.tokens);
}

function rawChunks(run: NameRun, { tokens }: SentenceTokens, gazetteer: Spans): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = run.first;
  while (pos <= run.last) {
    const headed = headedName(pos, run, tokens, gazetteer);
    if (headed) {
      chunks.push(...headed.chunks);
      pos = headed.next;
      continue;
    }
    const span = gazetteer[pos];
    if (span) {
      chunks.push({ first: pos, last: pos + span.length - 1, entry: span.entry, type: span.entry.type });
      pos += span.length;
      continue;
    }
    let end = pos;
    while (end < run.last && !gazetteer[end + 1]) end += 1;
    chunks.push(...splitAcronyms(pos, end, tokens));
    pos = end + 1;
  }
  return chunks;
}

function headedName(pos: number, run: NameRun, tokens: readonly Token[], gazetteer: Spans): { chunks: Chunk[]; next: number } | null {
  const folded = foldWord(tokens[pos]?.text ?? "");
  const head = NAME_HEADS.get(folded);
  const hasOrganisationWord = tokens.slice(pos, run.last + 1).some((t) => ORGANISATION_WORDS.has(foldWord(t.text)));
  if (!head && !hasOrganisationWord) return null;
  const span = gazetteer[pos];
  if (span && (pos + span.length - 1 === run.last || span.entry.type !== "place")) {
    return { chunks: [{ first: pos, last: pos + span.length - 1, entry: span.entry, type: span.entry.type }], next: pos + span.length };
  }
  const rest = gazetteer[pos + 1];
  // "Pasukan Korea Utara": troops of a place, not a named force.
  if (WEAK_HEADS.has(folded) && rest && pos + rest.length === run.last) return { chunks: [], next: pos + 1 };
  const last = headedEnd(pos, run, tokens, gazetteer);
  return { chunks: [{ first: pos, last, entry: null, type: head ?? "organisation" }], next: last + 1 };
}

/** A headed name ends at a country when what follows it looks like a person's name. */
function headedEnd(pos: number, run: NameRun, tokens: readonly Token[], gazetteer: Spans): number {
  for (let q = pos + 1; q <= run.last; q++) {
    const span = gazetteer[q];
    if (!span) continue;
    const spanLast = q + span.length - 1;
    if (span.entry.type === "place" && looksLikePerson(spanLast + 1, run.last, tokens, gazetteer)) return spanLast;
    q = spanLast;
  }
  return run.last;
}

function looksLikePerson(from: number, to: number, tokens: readonly Token[], gazetteer: Spans): boolean {
  if (to - from < 1) return false;
  return tokens.slice(from, to + 1).every((token, i) => {
    const folded = foldWord(token.text);
    return !gazetteer[from + i] && !isAcronym(token.text) && !ORGANISATION_WORDS.has(folded) && !NAME_HEADS.has(folded);
  });
}

/** "PSSI Erick Thohir": an acronym next to a name is a body of its own. */
function splitAcronyms(first: number, last: number, tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = first;
  for (let i = first; i <= last; i++) {
    const text = tokens[i]?.text ?? "";
    if (!isAcronym(text) || text.replace(/[^\p{L}\p{N}]/gu, "").length < 2 || first === last) continue;
    if (i > start) chunks.push({ first: start, last: i - 1, entry: null, type: null });
    chunks.push({ first: i, last: i, entry: null, type: null });
    start = i + 1;
  }
  if (start <= last) chunks.push({ first: start, last, entry: null, type: null });
  return chunks;
}

/**
 * A chunk followed by a compass word ("Kalimantan" + "Barat"), or an unknown chunk ending in
 * one ("Virginia Barat"), becomes one place rendered direction first. Gazetteer names that
 * already hold the compass word ("Korea Utara", "Jawa Barat") are left as they are.
 */
function mergeCompass(chunks: readonly Chunk[], tokens: readonly Token[]): Chunk[] {
  const merged: Chunk[] = [];
  for (const chunk of chunks) {
    const previous = merged.at(-1);
    const direction = compassAt(tokens, chunk.first);
    const wholeChunk = direction && chunk.first + direction.length - 1 === chunk.last && !chunk.entry;
    if (previous && wholeChunk && previous.last === chunk.first - 1 && (previous.entry?.type ?? "place") === "place" && previous.type !== "organisation") {
      const words = tokens.slice(previous.first, previous.last + 1).map((t) => t.text);
      merged[merged.length - 1] = { first: previous.first, last: chunk.last, entry: null, type: "place", target: compassTarget(direction.english, words, previous.entry) };
      continue;
    }
    merged.push(withInnerCompass(chunk, tokens));
  }
  return merged;
}

/** "Virginia Barat" as one unknown chunk: a place, "West Virginia". */
function withInnerCompass(chunk: Chunk, tokens: readonly Token[]): Chunk {
  if (chunk.entry || chunk.last === chunk.first) return chunk;
  for (let at = chunk.first + 1; at <= chunk.last; at++) {
    const direction = compassAt(tokens, at);
    if (direction && at + direction.length - 1 === chunk.last) {
      const words = tokens.slice(chunk.first, at).map((t) => t.text);
      return { ...chunk, type: "place", target: compassTarget(direction.english, words, null) };
    }
  }
  return chunk;
}
