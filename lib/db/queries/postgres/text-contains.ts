import "server-only";
// "Holds this text" with SQLite's answers (../sqlite/text-contains.ts): LIKE with ASCII
// letters folded and nothing else. ILIKE and lower() would also fold "É" to "é" (by the
// database's locale), so "sémarang" would find "SÉMARANG" here and not on SQLite; translate()
// folds exactly A–Z. ESCAPE '' because SQLite's LIKE has no escape character: a backslash
// is a plain character there, and % and _ are wildcards on both.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const asciiLower = (value: Prisma.Sql) => Prisma.sql`translate(${value}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

export function containsAsciiCase(column: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${asciiLower(column)} LIKE ${asciiLower(Prisma.sql`${`%${text}%`}`)} ESCAPE ''`;
}

export async function savedWordsContaining(userId: string, text: string): Promise<Prisma.SavedWordWhereInput> {
  const columns = ["word", "root", "gloss", "source", "target"].map((name) => containsAsciiCase(Prisma.raw(`w."${name}"`), text));
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT w."id" FROM "SavedWord" w WHERE w."userId" = ${userId} AND (${Prisma.join(columns, " OR ")})`;
  return { id: { in: rows.map((row) => row.id) } };
}

export async function documentsContaining(texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const conditions = texts.map((text) => containsAsciiCase(Prisma.sql`s."source"`, text));
  const rows = await db.$queryRaw<{ documentId: string }[]>`
    SELECT DISTINCT s."documentId" AS "documentId" FROM "Segment" s WHERE ${Prisma.join(conditions, " OR ")}`;
  return rows.map((row) => row.documentId);
}
