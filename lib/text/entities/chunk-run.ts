// Splits a capitalised run into names. Gazetteer names are taken longest first; a run headed
// by an organisation word ("Kementerian Pertahanan Rusia") or holding one anywhere ("Korea
// Research Institute for National Strategy") is one organisation, unless the gazetteer knows
// its head part ("Komisi Militer Pusat" + "Korea Utara").
import type { SentenceTokens } from "./document-context";
import { foldWord } from "./fold";
import type { GazetteerEntry } from "./gazetteer";
import type { GazetteerSpan } from "./gazetteer-spans";
import type { NameRun } from "./name-runs";
import type { EntityType } from "./types";
import { NAME_HEADS, ORGANISATION_WORDS, WEAK_HEADS } from "./word-lists";

/** `type` is null for an unknown name still to be classified from its context. */
export type Chunk = { first: number; last: number; entry: GazetteerEntry | null; type: EntityType | null };

export function chunkRun(run: NameRun, { tokens }: SentenceTokens, gazetteer: readonly (GazetteerSpan | null)[]): Chunk[] {
  const chunks: Chunk[] = [];
  const hasOrganisationWord = (from: number) =>
    tokens.slice(from, run.last + 1).some((t) => ORGANISATION_WORDS.has(foldWord(t.text)));
  let pos = run.first;
  while (pos <= run.last) {
    const span = gazetteer[pos];
    const spanLast = span ? pos + span.length - 1 : -1;
    const head = NAME_HEADS.get(foldWord(tokens[pos]?.text ?? ""));
    if (head || hasOrganisationWord(pos)) {
      if (span && (spanLast === run.last || span.entry.type !== "place")) {
        chunks.push({ first: pos, last: spanLast, entry: span.entry, type: span.entry.type });
        pos = spanLast + 1;
        continue;
      }
      const next = gazetteer[pos + 1];
      const weak = WEAK_HEADS.has(foldWord(tokens[pos]?.text ?? ""));
      if (weak && next && pos + next.length === run.last) {
        pos += 1; // "Pasukan Korea Utara": troops of a place, not a named force
        continue;
      }
      chunks.push({ first: pos, last: run.last, entry: null, type: head ?? "organisation" });
      break;
    }
    if (span) {
      chunks.push({ first: pos, last: spanLast, entry: span.entry, type: span.entry.type });
      pos = spanLast + 1;
      continue;
    }
    let end = pos;
    while (end < run.last && !gazetteer[end + 1]) end += 1;
    chunks.push({ first: pos, last: end, entry: null, type: null });
    pos = end + 1;
  }
  return chunks;
}
