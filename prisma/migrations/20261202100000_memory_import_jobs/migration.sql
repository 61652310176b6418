-- Translation-memory imports become jobs (lib/memory/memory-import-queue.ts): an upload is
-- queued, runs in a worker thread and writes its units in short transactions; only a
-- `done` import's units are memory. Columns are added in place (no table rebuild), so
-- MemoryUnit's foreign key and the FTS5 triggers are untouched.
ALTER TABLE "MemoryImport" ADD COLUMN "refusals" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "MemoryImport" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'done';
ALTER TABLE "MemoryImport" ADD COLUMN "bytesTotal" INTEGER;
ALTER TABLE "MemoryImport" ADD COLUMN "bytesRead" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "MemoryImport" ADD COLUMN "unitsRead" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "MemoryImport" ADD COLUMN "error" JSONB;
ALTER TABLE "MemoryImport" ADD COLUMN "startedAt" DATETIME;
ALTER TABLE "MemoryImport" ADD COLUMN "finishedAt" DATETIME;
ALTER TABLE "MemoryImport" ADD COLUMN "heartbeatAt" DATETIME;

-- Every import made before this change committed whole: it is done, finished when made,
-- and it read every unit it counted.
UPDATE "MemoryImport" SET "finishedAt" = "createdAt", "startedAt" = "createdAt",
  "unitsRead" = "imported" + "duplicates" + "refused";

CREATE INDEX "MemoryImport_status_idx" ON "MemoryImport"("status");
