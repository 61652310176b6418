-- Equal sentences are found by a hash of the text, not an index on the text itself
-- (PostgreSQL refuses index entries over about 2.7 kB, and a long sentence is legal).
-- "sourceHash" is the first 16 hex digits of the SHA-256 of the text (lib/text/text-hash.ts).
--
-- Hand-written instead of Prisma's table rebuild (same columns and indexes): adding columns
-- with a constant default needs no copy, and a rebuild would drop the "Segment" triggers.
-- SQLite has no SHA-256 in SQL: existing rows keep '' here and lib/migrate.ts fills them
-- right after this migration, in batches (lib/migrations/backfill-source-hashes.ts). That step
-- also creates "MemoryUnit_sourceHash_targetHash_key", which cannot exist while every
-- existing unit still has the same empty hashes.
ALTER TABLE "Segment" ADD COLUMN "sourceHash" TEXT NOT NULL DEFAULT '';
DROP INDEX "Segment_source_idx";
CREATE INDEX "Segment_sourceHash_idx" ON "Segment"("sourceHash");

ALTER TABLE "MemoryUnit" ADD COLUMN "sourceHash" TEXT NOT NULL DEFAULT '';
ALTER TABLE "MemoryUnit" ADD COLUMN "targetHash" TEXT NOT NULL DEFAULT '';
DROP INDEX "MemoryUnit_sourceKey_target_key";

-- Every writer fills the hash with the text (withSourceHash); one that forgets fails at
-- once instead of leaving a sentence that memory and repetitions can never find. (Through
-- Prisma the abort arrives as a constraint violation; the message below is in its cause.)
CREATE TRIGGER "Segment_sourceHash_insert" BEFORE INSERT ON "Segment" WHEN new."sourceHash" = '' BEGIN
    SELECT RAISE(ABORT, 'Segment.sourceHash missing: write it with the source (withSourceHash)');
END;

CREATE TRIGGER "Segment_sourceHash_update" BEFORE UPDATE OF "source" ON "Segment"
WHEN new."source" IS NOT old."source" AND new."sourceHash" IS old."sourceHash"
BEGIN
    SELECT RAISE(ABORT, 'Segment.sourceHash not updated with the source (withSourceHash)');
END;

CREATE TRIGGER "MemoryUnit_hashes_insert" BEFORE INSERT ON "MemoryUnit" WHEN new."sourceHash" = '' OR new."targetHash" = '' BEGIN
    SELECT RAISE(ABORT, 'MemoryUnit hashes missing: write them with the texts');
END;
