// User text → a safe FTS5 MATCH expression. Every term is quoted (so FTS5 operators,
// column filters and stray quotes in the input are plain text) and the last term is a
// prefix, so results follow the user while they type.

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Words the tokenizer would keep: anything with a letter or a digit. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * NUL ends an FTS5 string early ("unterminated string", a 500), and a lone surrogate has no
 * UTF-8 form; nobody types either, so they are refused rather than guessed around.
 */
const UNSEARCHABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type FtsQuery =
  | { ok: true; match: string; terms: string[] }
  | { ok: false; code: "empty-query" | "query-too-long" | "invalid-query" };

export function toFtsQuery(input: string): FtsQuery {
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, code: "query-too-long" };
  if (UNSEARCHABLE.test(input) || !input.isWellFormed()) return { ok: false, code: "invalid-query" };
  const terms = input
    .normalize("NFC")
    .split(/\s+/u)
    .map((term) => term.replace(/"/g, ""))
    .filter((term) => HAS_WORD.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return { ok: false, code: "empty-query" };
  const quoted = terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`));
  return { ok: true, match: quoted.join(" "), terms };
}
