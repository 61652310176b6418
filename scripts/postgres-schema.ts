// The PostgreSQL schema is derived from prisma/schema.prisma (the one source of truth), so
// the two providers can never disagree on a model or a field. Pure text: the file I/O
// lives in generate-postgres-schema.ts; a test fails when the committed copy drifts.

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:schema:pg`: do not edit by hand.",
  "// Edit prisma/schema.prisma and run the script; a test fails when this file drifts.",
  "",
];

type Rule = { name: string; pattern: RegExp; replacement: string; expect: "one" | "any" };

const RULES: Rule[] = [
  { name: "the SQLite datasource provider", pattern: /^(\s*provider\s*=\s*)"sqlite"/m, replacement: '$1"postgresql"', expect: "one" },
  // Relative to the schema file, which sits one folder deeper.
  { name: "the SQLite client's output", pattern: /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m, replacement: '$1"../../lib/generated/prisma-pg"', expect: "one" },
  // Instants, not wall-clock times: web and worker machines may run in different zones.
  { name: "DateTime fields", pattern: /^(\s+\w+\s+DateTime\??)(?=\s|$)/gm, replacement: "$1 @db.Timestamptz(3)", expect: "any" },
];

export function postgresSchema(sqliteSchema: string): string {
  let text = sqliteSchema;
  for (const rule of RULES) {
    const count = text.match(new RegExp(rule.pattern.source, rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`))?.length ?? 0;
    if (rule.expect === "one" && count !== 1) {
      throw new Error(`prisma/schema.prisma: expected exactly one match for ${rule.name}, found ${count}`);
    }
    text = text.replace(rule.pattern, rule.replacement);
  }
  return [...HEADER, text].join("\n");
}
