-- A corpus version for caching export statistics (lib/export/export-stats.ts), and a
-- change sequence for the reader's live updates (lib/documents/get-document-changes.ts).
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

-- The change sequence (row 2) behind the reader's live poll (GET /api/documents/:id?since=).
-- SQLite has one writer at a time and the sequence is taken under its write lock, so
-- sequence order is commit order: a reader that has seen sequence N has seen every change
-- numbered N or below. Timestamps set by the app before it waits for the lock lack that.
INSERT INTO "CorpusVersion" ("id", "version") VALUES (2, 0);

-- Hand-written instead of Prisma's table rebuild (same resulting schema): adding a column
-- with a constant default needs no copy, and a rebuild would drop the search triggers.
ALTER TABLE "Segment" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Segment_documentId_changeSeq_idx" ON "Segment"("documentId", "changeSeq");

-- Everything the reader shows of a sentence. Updating "changeSeq" itself fires none of
-- the column-limited triggers, so this does not recurse.
CREATE TRIGGER "Segment_change_insert" AFTER INSERT ON "Segment" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2;
    UPDATE "Segment" SET "changeSeq" = (SELECT "version" FROM "CorpusVersion" WHERE "id" = 2) WHERE "rowid" = new."rowid";
END;

CREATE TRIGGER "Segment_change_update" AFTER UPDATE OF "source", "target", "status", "engine", "version", "flags", "position", "paragraphIndex", "kind" ON "Segment" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2;
    UPDATE "Segment" SET "changeSeq" = (SELECT "version" FROM "CorpusVersion" WHERE "id" = 2) WHERE "rowid" = new."rowid";
END;

-- Glossary marks are drawn from mentions: linking or unlinking a name changes the sentence.
CREATE TRIGGER "EntityMention_change_insert" AFTER INSERT ON "EntityMention" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2;
    UPDATE "Segment" SET "changeSeq" = (SELECT "version" FROM "CorpusVersion" WHERE "id" = 2) WHERE "id" = new."segmentId";
END;

CREATE TRIGGER "EntityMention_change_delete" AFTER DELETE ON "EntityMention" BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2;
    UPDATE "Segment" SET "changeSeq" = (SELECT "version" FROM "CorpusVersion" WHERE "id" = 2) WHERE "id" = old."segmentId";
END;
