-- Glossary spellings in an indexed table (issue 14: nothing loads the whole glossary).
-- A spelling's key is computed by the app's entity-key normalisation (lib/text/entities),
-- which SQL cannot reproduce, so existing entries are filled in by the app: the marker row
-- below asks the first glossary write to do it inside its own transaction, and that
-- transaction removes the marker (lib/glossary/backfill-spellings.ts).
-- CreateTable
CREATE TABLE "GlossarySpelling" (
    "key" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,

    PRIMARY KEY ("key", "entryId"),
    CONSTRAINT "GlossarySpelling_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GlossarySpelling_entryId_idx" ON "GlossarySpelling"("entryId");


INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('glossary-spellings-backfill', 'pending', strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now'));
