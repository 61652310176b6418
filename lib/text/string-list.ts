// Lists of strings kept in JSON columns (glossary variants, segment flags), read and
// changed in one place so a malformed row never crashes a page.

/**
 * A Json column's value (or JSON text) as a list of strings; anything else (old rows,
 * hand edits) reads as empty, and non-strings inside the list are dropped.
 */
export function parseStringList(value: unknown): string[] {
  let list = value;
  if (typeof value === "string") {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : [];
}

/** Variants keep their first-seen order; the canonical form is never its own variant. */
export function addVariants(source: string, variants: readonly string[], surfaces: readonly string[]): string[] {
  const out = [...variants];
  for (const surface of surfaces) {
    const spelling = surface.trim();
    if (spelling !== "" && spelling !== source && !out.includes(spelling)) out.push(spelling);
  }
  return out.filter((v) => v !== source);
}

export function withFlag(flags: readonly string[], flag: string, on: boolean): string[] {
  const others = flags.filter((f) => f !== flag);
  return on ? [...others, flag] : others;
}
