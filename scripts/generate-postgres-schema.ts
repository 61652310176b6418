// npm run db:schema:pg — writes prisma/postgres/schema.prisma from prisma/schema.prisma.
// With --check it only says whether the committed file is current (exit 1 when not).
import fs from "node:fs";
import path from "node:path";
import { postgresSchema } from "./postgres-schema";

export const SQLITE_SCHEMA = path.resolve(import.meta.dirname, "../prisma/schema.prisma");
export const POSTGRES_SCHEMA = path.resolve(import.meta.dirname, "../prisma/postgres/schema.prisma");

function main(): void {
  const wanted = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current === wanted) return;
    console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:schema:pg` and add a PostgreSQL migration.");
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, wanted);
  console.log(current === wanted ? "prisma/postgres/schema.prisma is already current." : "Wrote prisma/postgres/schema.prisma.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
