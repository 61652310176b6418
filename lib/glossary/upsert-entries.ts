import "server-only";
// Resolves the keys of a document's mentions to glossary entries, creating the missing
// ones. A key finds its entry by the entry's own key first, then by the key of any of
// its spellings: that is how a merged-away entry's key (kept as a variant) and a bare
// surname seen before with the full name keep landing on the one entry.
import type { Tx } from "@/lib/db";
import { entryByKey, type EntityMatch } from "@/lib/text/entities";
import { addVariants, parseStringList } from "@/lib/text/string-list";
import { backfillSpellings } from "./backfill-spellings";
import { loadSuppressedKeys } from "./suppressed-keys";
import { writeSpellings } from "./write-spellings";
import type { TargetOrigin } from "./types";

type EntryRow = { id: string; key: string; source: string; variants: unknown; target: string | null; targetOrigin: TargetOrigin };

const ENTRY_SELECT = { id: true, key: true, source: true, variants: true, target: true, targetOrigin: true } as const;

const KEYS_PER_QUERY = 500;

/**
 * Key → entry for the given keys only, through the indexed spellings table: own keys win
 * over spelling keys, older entries win ties (the order the whole-glossary scan had).
 */
async function loadKeyIndex(tx: Tx, keys: readonly string[]): Promise<Map<string, EntryRow>> {
  await backfillSpellings(tx);
  const index = new Map<string, EntryRow>();
  const own: EntryRow[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const chunk = keys.slice(i, i + KEYS_PER_QUERY);
    const spelled = await tx.glossarySpelling.findMany({
      where: { key: { in: chunk } },
      select: { key: true, entry: { select: ENTRY_SELECT } },
      orderBy: [{ entry: { createdAt: "asc" } }, { entryId: "asc" }],
    });
    for (const row of spelled) if (!index.has(row.key)) index.set(row.key, row.entry);
    own.push(...(await tx.glossaryEntry.findMany({ where: { key: { in: chunk } }, select: ENTRY_SELECT })));
  }
  for (const row of own) index.set(row.key, row);
  return index;
}

/** The English from the gazetteer when it knows the key, else the name itself (or nothing). */
export function originOf(key: string): TargetOrigin {
  return entryByKey(key) ? "gazetteer" : "name";
}

/**
 * Match key → entry id for every key among `matches`, except keys a person marked "Not a
 * name": the pure spotter still finds them, but they get no entry and so no mention.
 * Every caller (relinking a document, linking a restored line) skips keys without an id.
 */
export async function upsertEntries(tx: Tx, matches: readonly EntityMatch[]): Promise<Map<string, string>> {
  const suppressed = matches.length > 0 ? await loadSuppressedKeys(tx) : new Set<string>();
  const groups = new Map<string, EntityMatch[]>();
  for (const match of matches) {
    if (!suppressed.has(match.key)) groups.set(match.key, [...(groups.get(match.key) ?? []), match]);
  }
  const index = groups.size > 0 ? await loadKeyIndex(tx, [...groups.keys()]) : new Map<string, EntryRow>();
  const ids = new Map<string, string>();
  for (const [key, group] of groups) {
    const existing = index.get(key);
    const id = existing ? await extendEntry(tx, existing, group) : await createEntry(tx, key, group);
    ids.set(key, id);
  }
  return ids;
}

async function createEntry(tx: Tx, key: string, group: readonly EntityMatch[]): Promise<string> {
  const first = group[0];
  if (!first) throw new Error("createEntry needs at least one mention");
  const variants = addVariants(first.canonical, [], group.map((m) => m.surface));
  const created = await tx.glossaryEntry.create({
    data: { key, source: first.canonical, variants, type: first.type, target: first.target, targetOrigin: originOf(key) },
    select: { id: true, source: true, variants: true },
  });
  await writeSpellings(tx, created);
  return created.id;
}

/** New spellings are added; a missing English is filled in, but never over a person's choice. */
async function extendEntry(tx: Tx, entry: EntryRow, group: readonly EntityMatch[]): Promise<string> {
  const before = parseStringList(entry.variants);
  const variants = addVariants(entry.source, before, group.flatMap((m) => [m.canonical, m.surface]));
  const target = entry.target === null && entry.targetOrigin !== "user" ? (group.find((m) => m.target !== null)?.target ?? null) : null;
  if (variants.length === before.length && target === null) return entry.id;
  await tx.glossaryEntry.update({
    where: { id: entry.id },
    data: { variants, ...(target !== null ? { target, targetOrigin: originOf(group[0]?.key ?? entry.key) } : {}) },
  });
  await writeSpellings(tx, { id: entry.id, source: entry.source, variants });
  // Later groups in the same run see the change.
  entry.variants = variants;
  if (target !== null) entry.target = target;
  return entry.id;
}
