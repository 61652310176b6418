-- Aligned reference pairs: the confidence column. The new enum values (SegmentStatus.reference,
-- ChangeAction.align) need no SQL: SQLite stores Prisma enums as TEXT. No table rebuild, so the
-- FTS5 search triggers on Segment stay as they are.
-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "alignConfidence" REAL;

