// Lists of strings kept in JSON columns (glossary variants, segment flags), read and
// changed in one place so a malformed row never crashes a page.

/** A JSON array of strings; anything else (old rows, hand edits) reads as empty. */
export function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
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
