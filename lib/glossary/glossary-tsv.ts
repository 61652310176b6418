// The glossary as TSV, source<TAB>target<TAB>type, one entry a line, escaped the one
// tested way (lib/text/tsv). An entry with no English yet has an empty target cell; a
// do-not-translate entry's target is the name itself, which is what a tool should use.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { tsvRow } from "@/lib/text/tsv";
import { renderingOf } from "./entry-fields";

export const GLOSSARY_TSV_HEADER = ["source", "target", "type"] as const;

type TsvEntry = { source: string; target: string | null; type: EntityType; doNotTranslate: boolean };

export function glossaryTsv(entries: readonly TsvEntry[], header = false): string {
  const rows = entries.map((entry) => tsvRow([entry.source, renderingOf(entry) ?? "", entry.type]));
  return (header ? tsvRow(GLOSSARY_TSV_HEADER) : "") + rows.join("");
}
