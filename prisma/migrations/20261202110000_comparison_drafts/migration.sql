-- A learner's comparison (issue 18): machine translations of published pairs' Indonesian,
-- kept beside the published English, never in its place. They are made only on request,
-- so no existing row needs one: the data step is that every document starts un-requested
-- (comparisonRequestedAt NULL) and no task of the new kind "compare" is owed.
ALTER TABLE "Document" ADD COLUMN "comparisonRequestedAt" DATETIME;

CREATE TABLE "ComparisonDraft" (
    "segmentId" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComparisonDraft_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
