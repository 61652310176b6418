-- A merged-away glossary entry remembers the entry that absorbed it (issue 12). New table only: no data to carry.
-- CreateTable
CREATE TABLE "GlossaryRedirect" (
    "fromId" TEXT NOT NULL PRIMARY KEY,
    "toId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "GlossaryRedirect_toId_idx" ON "GlossaryRedirect"("toId");

