-- The change log (issue: nothing a person did is ever lost), typed columns and the trash.
--
-- * "Change" replaces "SegmentRevision" as the one record of history. It has no foreign
--   keys on purpose: no cascade may delete history. Every existing revision becomes a
--   change row with the closest action (a person's edited text → edit, approved → approve,
--   engine text → machine, memory → memory, the glossary's fixes → glossary-fix, a person
--   putting engine text back → revert, the second half of a split → split), with the old
--   target and status read from the revision before it.
-- * Sentences filled from translation memory that nobody touched since get the new
--   "memory" status: they are no longer counted as checked, nor do they seed more memory.
-- * Statuses, kinds and types are enums (stored as text on SQLite); the JSON columns are
--   Json. Malformed JSON text, which older code tolerated, is replaced by an empty value.
-- * Redefining "Segment" drops the full-text triggers: they are recreated at the end and
--   the index is rebuilt (see 20261121020000_search).

CREATE TABLE "Change" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "segmentId" TEXT,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "engine" TEXT,
    "oldTarget" TEXT,
    "newTarget" TEXT,
    "oldSource" TEXT,
    "newSource" TEXT,
    "oldStatus" TEXT,
    "newStatus" TEXT,
    "version" INTEGER,
    "details" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "GlossarySuppression" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO "Change" ("id", "action", "documentId", "segmentId", "actorKind", "actorName", "engine",
                      "oldTarget", "newTarget", "oldStatus", "newStatus", "version", "createdAt")
SELECT r."id",
       CASE
         WHEN r."origin" = 'memory' THEN 'memory'
         WHEN r."origin" = 'glossary' THEN 'glossary-fix'
         WHEN r."origin" = 'human' AND r."version" = 1 AND r."prevVersion" IS NULL THEN 'split'
         WHEN r."origin" = 'human' AND r."status" = 'approved' THEN 'approve'
         WHEN r."origin" = 'human' AND r."status" = 'edited' THEN 'edit'
         WHEN r."origin" = 'human' THEN 'revert'
         ELSE 'machine'
       END,
       r."documentId", r."segmentId",
       CASE WHEN r."origin" = 'human' THEN 'person' ELSE 'engine' END,
       r."origin",
       CASE WHEN r."origin" = 'human' THEN NULL WHEN r."origin" = 'glossary' THEN r."segmentEngine" ELSE r."origin" END,
       r."prevTarget", r."target", r."prevStatus",
       CASE WHEN r."origin" = 'memory' THEN 'memory' ELSE r."status" END,
       r."version", r."createdAt"
FROM (
  SELECT sr."id", sr."segmentId", sr."target", sr."status", sr."origin", sr."version", sr."createdAt",
         s."documentId", s."engine" AS "segmentEngine",
         LAG(sr."target") OVER w AS "prevTarget",
         LAG(CASE WHEN sr."origin" = 'memory' THEN 'memory' ELSE sr."status" END) OVER w AS "prevStatus",
         LAG(sr."version") OVER w AS "prevVersion"
  FROM "SegmentRevision" sr JOIN "Segment" s ON s."id" = sr."segmentId"
  WINDOW w AS (PARTITION BY sr."segmentId" ORDER BY sr."version", sr."createdAt")
) r;

PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "dateline" TEXT,
    "rawText" TEXT NOT NULL,
    "report" JSONB NOT NULL DEFAULT '{}',
    "contentHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'translating',
    "engine" TEXT,
    "engineNote" TEXT,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Document" ("contentHash", "createdAt", "dateline", "engine", "engineNote", "id", "rawText", "report", "sourceName", "sourceUrl", "status", "title", "updatedAt")
SELECT "contentHash", "createdAt", "dateline", "engine", "engineNote", "id", "rawText",
       CASE WHEN json_valid("report") THEN "report" ELSE '{}' END,
       "sourceName", "sourceUrl", "status", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");
CREATE INDEX "Document_createdAt_idx" ON "Document"("createdAt");
CREATE INDEX "Document_deletedAt_idx" ON "Document"("deletedAt");

CREATE TABLE "new_Segment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "paragraphIndex" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "source" TEXT NOT NULL,
    "target" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "engine" TEXT,
    "reviewedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    "flags" JSONB NOT NULL DEFAULT '[]',
    CONSTRAINT "Segment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- A memory fill is still "memory" when its newest history row is the memory copy itself.
INSERT INTO "new_Segment" ("documentId", "engine", "flags", "id", "kind", "paragraphIndex", "position", "source", "status", "reviewedBy", "target", "updatedAt", "version")
SELECT s."documentId", s."engine",
       CASE WHEN json_valid(s."flags") THEN s."flags" ELSE '[]' END,
       s."id", s."kind", s."paragraphIndex", s."position", s."source",
       CASE WHEN s."status" = 'edited' AND (
              SELECT c."action" FROM "Change" c WHERE c."segmentId" = s."id"
              ORDER BY c."version" DESC, c."createdAt" DESC LIMIT 1) = 'memory'
            THEN 'memory' ELSE s."status" END,
       NULL, s."target", s."updatedAt", s."version"
FROM "Segment" s;
UPDATE "new_Segment" SET "reviewedBy" = 'human' WHERE "status" IN ('edited', 'approved');
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_status_idx" ON "Segment"("status");
CREATE INDEX "Segment_source_idx" ON "Segment"("source");
CREATE UNIQUE INDEX "Segment_documentId_position_key" ON "Segment"("documentId", "position");

CREATE TABLE "new_GlossaryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "type" TEXT NOT NULL DEFAULT 'other',
    "target" TEXT,
    "targetOrigin" TEXT NOT NULL DEFAULT 'name',
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_GlossaryEntry" ("createdAt", "doNotTranslate", "id", "key", "notes", "source", "target", "targetOrigin", "type", "updatedAt", "variants")
SELECT "createdAt", "doNotTranslate", "id", "key", "notes", "source", "target",
       CASE WHEN "targetOrigin" IN ('user', 'gazetteer', 'name') THEN "targetOrigin" ELSE 'name' END,
       CASE WHEN "type" IN ('person', 'place', 'organisation', 'other') THEN "type" ELSE 'other' END,
       "updatedAt",
       CASE WHEN json_valid("variants") THEN "variants" ELSE '[]' END
FROM "GlossaryEntry";
DROP TABLE "GlossaryEntry";
ALTER TABLE "new_GlossaryEntry" RENAME TO "GlossaryEntry";
CREATE UNIQUE INDEX "GlossaryEntry_key_key" ON "GlossaryEntry"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

DROP INDEX "SegmentRevision_segmentId_createdAt_idx";
DROP TABLE "SegmentRevision";

CREATE INDEX "Change_segmentId_createdAt_idx" ON "Change"("segmentId", "createdAt");
CREATE INDEX "Change_documentId_createdAt_id_idx" ON "Change"("documentId", "createdAt", "id");
CREATE INDEX "Change_createdAt_id_idx" ON "Change"("createdAt", "id");
CREATE INDEX "Change_action_createdAt_idx" ON "Change"("action", "createdAt");
CREATE INDEX "Change_actorName_createdAt_idx" ON "Change"("actorName", "createdAt");

-- The full-text triggers went with the old "Segment" table; the rowids changed too.
CREATE TRIGGER "Segment_search_insert" AFTER INSERT ON "Segment" BEGIN
    INSERT INTO "SegmentSearch"(rowid, source, target) VALUES (new.rowid, new.source, new.target);
END;

CREATE TRIGGER "Segment_search_delete" AFTER DELETE ON "Segment" BEGIN
    INSERT INTO "SegmentSearch"("SegmentSearch", rowid, source, target) VALUES ('delete', old.rowid, old.source, old.target);
END;

CREATE TRIGGER "Segment_search_update" AFTER UPDATE OF source, target ON "Segment" BEGIN
    INSERT INTO "SegmentSearch"("SegmentSearch", rowid, source, target) VALUES ('delete', old.rowid, old.source, old.target);
    INSERT INTO "SegmentSearch"(rowid, source, target) VALUES (new.rowid, new.source, new.target);
END;

INSERT INTO "SegmentSearch"("SegmentSearch") VALUES ('rebuild');
