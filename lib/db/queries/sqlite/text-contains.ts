import "server-only";
// "Holds this text" as Prisma's `contains` says it on SQLite: LIKE '%text%', which folds
// ASCII letters only ("JAKARTA" holds "jakarta", "SÉMARANG" does not hold "sémarang") and
// reads % and _ in the text as wildcards. The PostgreSQL side (../postgres/text-contains.ts)
// gives the same answers.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function savedWordsContaining(_userId: string, text: string): Promise<Prisma.SavedWordWhereInput> {
  return { OR: [{ word: { contains: text } }, { root: { contains: text } }, { gloss: { contains: text } }, { source: { contains: text } }, { target: { contains: text } }] };
}

export async function documentsContaining(texts: readonly string[]): Promise<string[]> {
  const rows = await db.segment.findMany({
    where: { OR: texts.map((text) => ({ source: { contains: text } })) },
    select: { documentId: true },
    distinct: ["documentId"],
  });
  return rows.map((row) => row.documentId);
}
