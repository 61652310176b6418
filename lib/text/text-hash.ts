// The key equal sentences are looked up by: the first 16 hex digits (64 bits) of the
// SHA-256 of the UTF-8 text. An index on the full text fails on PostgreSQL past about
// 2.7 kB; 64 bits keep the index small, and every lookup compares the text too, so a
// collision can only cost a wasted row read. PostgreSQL computes the same value in SQL
// (selaras_text_hash, prisma/postgres/migrations/*_source_hash).
import { createHash } from "node:crypto";

export const TEXT_HASH_LENGTH = 16;

export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, TEXT_HASH_LENGTH);
}

/** A segment row with its source hash, for every write that sets a source. */
export function withSourceHash<T extends { source: string }>(row: T): T & { sourceHash: string } {
  return { ...row, sourceHash: textHash(row.source) };
}
