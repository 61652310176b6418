-- Translation memory imported from existing parallel data (lib/memory/import-memory.ts).
-- New tables only: Segment and its FTS5 triggers are untouched.

-- CreateTable
CREATE TABLE "MemoryImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "reasons" JSONB NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    CONSTRAINT "MemoryUnit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemoryImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MemoryImport_createdAt_idx" ON "MemoryImport"("createdAt");

-- CreateIndex
CREATE INDEX "MemoryUnit_importId_idx" ON "MemoryUnit"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_sourceKey_target_key" ON "MemoryUnit"("sourceKey", "target");


-- Fuzzy suggestions from imported units (lib/db/queries/sqlite/fuzzy-unit-candidates.ts):
-- an external-content FTS5 index over the Indonesian side, tokenised like "SegmentSearch"
-- so both find the same words. MemoryUnit has an integer primary key, so its rowid is
-- stable and VACUUM never renumbers it.
CREATE VIRTUAL TABLE "MemoryUnitSearch" USING fts5(
    source,
    content = 'MemoryUnit',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Units are only ever inserted and deleted (never updated), so two triggers keep it right.
CREATE TRIGGER "MemoryUnit_search_insert" AFTER INSERT ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitSearch"(rowid, source) VALUES (new.id, new.source);
END;

CREATE TRIGGER "MemoryUnit_search_delete" AFTER DELETE ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitSearch"("MemoryUnitSearch", rowid, source) VALUES ('delete', old.id, old.source);
END;
