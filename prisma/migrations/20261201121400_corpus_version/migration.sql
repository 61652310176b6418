-- A corpus version for caching export statistics (lib/export/cached-export-stats.ts).
--
-- Triggers bump one counter row whenever a change could alter what an export counts: a
-- sentence added or removed, its text, status, engine or reviewer changed, or a document
-- trashed, restored or deleted. Triggers run inside the writer's own transaction, so the
-- version and the change commit together and no writer (web, worker, CLI) can forget it.
-- A later migration that redefines "Segment" or "Document" must recreate these triggers.

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- A random start: a database recreated at the same path (a reset, a restored backup) must
-- not repeat versions an already running server has cached answers for. Below 10^9 so
-- it stays a 32-bit Prisma Int for a billion changes.
INSERT INTO "CorpusVersion" ("id", "version") VALUES (1, abs(random() % 1000000000));

CREATE TRIGGER "Segment_corpus_insert" AFTER INSERT ON "Segment" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Segment_corpus_delete" AFTER DELETE ON "Segment" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

-- Only real changes: a save that rewrites the same status must not empty the cache.
CREATE TRIGGER "Segment_corpus_update" AFTER UPDATE OF "source", "target", "status", "engine", "reviewedBy", "documentId" ON "Segment"
WHEN old."source" IS NOT new."source" OR old."target" IS NOT new."target" OR old."status" IS NOT new."status"
  OR old."engine" IS NOT new."engine" OR old."reviewedBy" IS NOT new."reviewedBy" OR old."documentId" IS NOT new."documentId"
BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

-- createdAt orders the export, which decides which duplicate a deduplicated export keeps.
CREATE TRIGGER "Document_corpus_update" AFTER UPDATE OF "deletedAt", "createdAt" ON "Document"
WHEN old."deletedAt" IS NOT new."deletedAt" OR old."createdAt" IS NOT new."createdAt"
BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Document_corpus_delete" AFTER DELETE ON "Document" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
