// cli glossary [--json | --tsv] [--type <t>] [--search <q>]: the same entries as
// GET /api/glossary, as JSON, as the TSV download, or as a readable table.
import { parseArgs } from "node:util";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { glossaryTsv } from "@/lib/glossary/glossary-tsv";
import { ENTITY_TYPES } from "@/lib/glossary/types";
import { AppError } from "@/lib/errors";

export async function runGlossary(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: "boolean" }, tsv: { type: "boolean" }, type: { type: "string" }, search: { type: "string" } },
  });
  const type = ENTITY_TYPES.find((t) => t === values.type);
  if (values.type !== undefined && !type) throw new AppError("invalid-input", `--type must be one of ${ENTITY_TYPES.join(", ")}`);
  const entries = await listGlossary({ type, query: values.search });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (values.tsv) {
    process.stdout.write(glossaryTsv(entries));
  } else {
    const width = Math.min(40, Math.max(6, ...entries.map((e) => e.source.length)));
    for (const e of entries) {
      const english = e.doNotTranslate ? `${e.source} (do not translate)` : (e.target ?? "—");
      process.stdout.write(`${e.source.padEnd(width)}  ${e.type.padEnd(12)}  ${String(e.mentionCount).padStart(4)}×  ${String(e.documentCount).padStart(3)} doc  ${english}\n`);
    }
    process.stderr.write(`${entries.length} entries\n`);
  }
  return 0;
}
