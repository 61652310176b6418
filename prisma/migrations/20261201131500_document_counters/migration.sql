-- Per-document segment counts (issue 14: reads that scale with the page, not the corpus).
--
-- The library used to group every segment of the corpus on each render. These columns
-- hold the same figures per document, kept by triggers on "Segment": triggers run inside
-- the writer's own transaction, so every writer (web, worker, CLI, a future script) keeps
-- them right without remembering to, and a rolled-back write rolls its counts back too.
--
-- Hand-written instead of Prisma's table rebuild (same resulting schema): adding columns
-- with constant defaults needs no copy, and a rebuild would drop the "Document" triggers.
-- A later migration that redefines "Segment" must recreate these triggers.
ALTER TABLE "Document" ADD COLUMN "segmentCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "translatedCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "editedCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "approvedCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "flaggedCount" INTEGER NOT NULL DEFAULT 0;

-- Existing data: the counts as they stand.
UPDATE "Document" SET
    "segmentCount" = (SELECT count(*) FROM "Segment" s WHERE s."documentId" = "Document"."id"),
    "translatedCount" = (SELECT count(*) FROM "Segment" s WHERE s."documentId" = "Document"."id" AND s."status" <> 'pending'),
    "editedCount" = (SELECT count(*) FROM "Segment" s WHERE s."documentId" = "Document"."id" AND s."status" = 'edited'),
    "approvedCount" = (SELECT count(*) FROM "Segment" s WHERE s."documentId" = "Document"."id" AND s."status" = 'approved'),
    "flaggedCount" = (SELECT count(*) FROM "Segment" s WHERE s."documentId" = "Document"."id"
        AND json_valid(s."flags") AND json_array_length(s."flags") > 0);

CREATE TRIGGER "Segment_counts_insert" AFTER INSERT ON "Segment" BEGIN
    UPDATE "Document" SET
        "segmentCount" = "segmentCount" + 1,
        "translatedCount" = "translatedCount" + (new."status" <> 'pending'),
        "editedCount" = "editedCount" + (new."status" = 'edited'),
        "approvedCount" = "approvedCount" + (new."status" = 'approved'),
        "flaggedCount" = "flaggedCount" + (json_valid(new."flags") AND json_array_length(new."flags") > 0)
    WHERE "id" = new."documentId";
END;

CREATE TRIGGER "Segment_counts_delete" AFTER DELETE ON "Segment" BEGIN
    UPDATE "Document" SET
        "segmentCount" = "segmentCount" - 1,
        "translatedCount" = "translatedCount" - (old."status" <> 'pending'),
        "editedCount" = "editedCount" - (old."status" = 'edited'),
        "approvedCount" = "approvedCount" - (old."status" = 'approved'),
        "flaggedCount" = "flaggedCount" - (json_valid(old."flags") AND json_array_length(old."flags") > 0)
    WHERE "id" = old."documentId";
END;

-- Only when a counted column changes: most saves rewrite the target alone.
CREATE TRIGGER "Segment_counts_update" AFTER UPDATE OF "status", "flags", "documentId" ON "Segment"
WHEN old."status" IS NOT new."status" OR old."flags" IS NOT new."flags" OR old."documentId" IS NOT new."documentId"
BEGIN
    UPDATE "Document" SET
        "segmentCount" = "segmentCount" - 1,
        "translatedCount" = "translatedCount" - (old."status" <> 'pending'),
        "editedCount" = "editedCount" - (old."status" = 'edited'),
        "approvedCount" = "approvedCount" - (old."status" = 'approved'),
        "flaggedCount" = "flaggedCount" - (json_valid(old."flags") AND json_array_length(old."flags") > 0)
    WHERE "id" = old."documentId";
    UPDATE "Document" SET
        "segmentCount" = "segmentCount" + 1,
        "translatedCount" = "translatedCount" + (new."status" <> 'pending'),
        "editedCount" = "editedCount" + (new."status" = 'edited'),
        "approvedCount" = "approvedCount" + (new."status" = 'approved'),
        "flaggedCount" = "flaggedCount" + (json_valid(new."flags") AND json_array_length(new."flags") > 0)
    WHERE "id" = new."documentId";
END;
