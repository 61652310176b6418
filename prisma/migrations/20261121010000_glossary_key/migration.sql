-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GlossaryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "variants" TEXT NOT NULL DEFAULT '[]',
    "type" TEXT NOT NULL DEFAULT 'other',
    "target" TEXT,
    "targetOrigin" TEXT NOT NULL DEFAULT 'name',
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_GlossaryEntry" ("createdAt", "doNotTranslate", "id", "key", "notes", "source", "target", "targetOrigin", "type", "updatedAt", "variants") SELECT "createdAt", "doNotTranslate", "id", lower("source"), "notes", "source", "target", "targetOrigin", "type", "updatedAt", "variants" FROM "GlossaryEntry";
DROP TABLE "GlossaryEntry";
ALTER TABLE "new_GlossaryEntry" RENAME TO "GlossaryEntry";
CREATE UNIQUE INDEX "GlossaryEntry_key_key" ON "GlossaryEntry"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

