-- CreateTable
CREATE TABLE "TranslationTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "segmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'translate',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "runAfter" DATETIME,
    "failedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TranslationTask_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TranslationTask_segmentId_key" ON "TranslationTask"("segmentId");

-- CreateIndex
CREATE INDEX "TranslationTask_failedAt_priority_id_idx" ON "TranslationTask"("failedAt", "priority" DESC, "id");


-- Work already owed: every pending sentence, oldest document first, so translation
-- resumes where it stopped. (Offline drafts are owed a redo by the worker itself, once
-- the neural model is there.)
INSERT INTO "TranslationTask" ("segmentId", "kind", "priority", "attempts", "maxAttempts", "createdAt")
SELECT s."id", 'translate', 0, 0, 3, strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now')
FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
WHERE s."status" = 'pending'
ORDER BY d."createdAt", s."position";

-- The old worker failed "the first pending document" after three failed batches,
-- whichever sentence was at fault: those documents are translated again; a sentence
-- that really fails is now failed alone.
UPDATE "Document" SET "status" = 'translating'
WHERE "status" = 'failed' AND EXISTS (SELECT 1 FROM "Segment" s WHERE s."documentId" = "Document"."id" AND s."status" = 'pending');
