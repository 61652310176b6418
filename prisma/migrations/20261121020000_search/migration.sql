-- Full-text search over both sides of every sentence pair (lib/search/search-segments.ts).
--
-- An external-content FTS5 index: the text stays only in "Segment", the index maps
-- Segment.rowid to its tokens. unicode61 with remove_diacritics 2 folds accents, so
-- "Jokowi" finds "Jókowi" and "cafe" finds "café".
--
-- Two things keep it correct and must be remembered by later migrations:
--   * the triggers below live on "Segment": a migration that redefines that table
--     (Prisma's "RedefineTables" copy-drop-rename) drops them, and must recreate them
--     and rebuild the index (INSERT INTO "SegmentSearch"("SegmentSearch") VALUES('rebuild'));
--   * Segment has a text primary key, so VACUUM may renumber its rowids; run the same
--     'rebuild' after a VACUUM (lib/search/rebuild-search-index.ts).
-- `prisma migrate dev` reports the FTS shadow tables as drift; `migrate deploy` is fine.

CREATE VIRTUAL TABLE "SegmentSearch" USING fts5(
    source,
    target,
    content = 'Segment',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Re-indexing only when the text changes: moving sentences (split, merge, restore)
-- updates positions and should not churn the index.
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

-- Backfill the sentences that existed before this migration.
INSERT INTO "SegmentSearch"(rowid, source, target) SELECT rowid, source, target FROM "Segment";
