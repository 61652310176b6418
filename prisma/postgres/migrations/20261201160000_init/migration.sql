-- The whole schema on PostgreSQL, as of the SQLite migrations up to 20261202110000_comparison_drafts.
-- Tables, enums and indexes are Prisma's (migrate diff --from-empty against
-- prisma/postgres/schema.prisma); the extensions, counter rows and triggers at the end are
-- hand-written ports of the SQLite migrations' triggers. The full-text search (FTS5 on SQLite)
-- comes in a later PostgreSQL migration.

-- unaccent and pg_trgm serve search and fuzzy matching. Both are trusted extensions: a role
-- with CREATE on the database may add them (lib/migrate.ts checks first and says so).
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('translating', 'ready', 'failed');

-- CreateEnum
CREATE TYPE "SegmentStatus" AS ENUM ('pending', 'machine', 'memory', 'edited', 'approved', 'reference');

-- CreateEnum
CREATE TYPE "SegmentKind" AS ENUM ('title', 'body');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('person', 'place', 'organisation', 'other');

-- CreateEnum
CREATE TYPE "TargetOrigin" AS ENUM ('user', 'gazetteer', 'name');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('machine', 'memory', 'edit', 'approve', 'unapprove', 'revert', 'propagate', 'glossary-fix', 'split', 'merge', 'restore-line', 'retranslate-request', 'rename', 'delete', 'undelete', 'align');

-- CreateEnum
CREATE TYPE "EngineNote" AS ENUM ('draft_configured', 'model_unavailable', 'model_waiting', 'translation_failed');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('engine', 'person');

-- CreateEnum
CREATE TYPE "TranslationTaskKind" AS ENUM ('translate', 'redraft', 'compare');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'editor', 'reader');

-- CreateEnum
CREATE TYPE "MemoryImportFormat" AS ENUM ('tmx', 'tsv', 'moses');

-- CreateEnum
CREATE TYPE "MemoryImportStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateEnum
CREATE TYPE "WordStatus" AS ENUM ('new', 'learning', 'known');

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "dateline" TEXT,
    "rawText" TEXT NOT NULL,
    "report" JSONB NOT NULL DEFAULT '{}',
    "contentHash" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'translating',
    "engine" TEXT,
    "engineNote" "EngineNote",
    "deletedAt" TIMESTAMPTZ(3),
    "comparisonRequestedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "segmentCount" INTEGER NOT NULL DEFAULT 0,
    "translatedCount" INTEGER NOT NULL DEFAULT 0,
    "editedCount" INTEGER NOT NULL DEFAULT 0,
    "approvedCount" INTEGER NOT NULL DEFAULT 0,
    "flaggedCount" INTEGER NOT NULL DEFAULT 0,
    "linkingFrom" INTEGER,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "paragraphIndex" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SegmentKind" NOT NULL DEFAULT 'body',
    "source" TEXT NOT NULL,
    "target" TEXT,
    "status" "SegmentStatus" NOT NULL DEFAULT 'pending',
    "engine" TEXT,
    "reviewedBy" TEXT,
    "alignConfidence" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "flags" JSONB NOT NULL DEFAULT '[]',
    "changeSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "documentId" TEXT NOT NULL,
    "segmentId" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "engine" TEXT,
    "oldTarget" TEXT,
    "newTarget" TEXT,
    "oldSource" TEXT,
    "newSource" TEXT,
    "oldStatus" "SegmentStatus",
    "newStatus" "SegmentStatus",
    "version" INTEGER,
    "details" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "type" "EntityType" NOT NULL DEFAULT 'other',
    "target" TEXT,
    "targetOrigin" "TargetOrigin" NOT NULL DEFAULT 'name',
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossarySpelling" (
    "key" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,

    CONSTRAINT "GlossarySpelling_pkey" PRIMARY KEY ("key","entryId")
);

-- CreateTable
CREATE TABLE "GlossarySuppression" (
    "key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossarySuppression_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "EntityMention" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,

    CONSTRAINT "EntityMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationTask" (
    "id" SERIAL NOT NULL,
    "segmentId" TEXT NOT NULL,
    "kind" "TranslationTaskKind" NOT NULL DEFAULT 'translate',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "runAfter" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonDraft" (
    "segmentId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComparisonDraft_pkey" PRIMARY KEY ("segmentId")
);

-- CreateTable
CREATE TABLE "GlossaryRedirect" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryRedirect_pkey" PRIMARY KEY ("fromId")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'reader',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "readingMode" TEXT,
    "locale" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMPTZ(3),
    "refreshTokenExpiresAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CorpusVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" "MemoryImportFormat" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "reasons" JSONB NOT NULL DEFAULT '{}',
    "refusals" JSONB NOT NULL DEFAULT '[]',
    "status" "MemoryImportStatus" NOT NULL DEFAULT 'done',
    "bytesTotal" INTEGER,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "unitsRead" INTEGER NOT NULL DEFAULT 0,
    "error" JSONB,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3),

    CONSTRAINT "MemoryImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" SERIAL NOT NULL,
    "importId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "target" TEXT NOT NULL,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedWord" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "root" TEXT NOT NULL,
    "status" "WordStatus" NOT NULL DEFAULT 'new',
    "segmentId" TEXT,
    "documentId" TEXT,
    "documentTitle" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "target" TEXT NOT NULL DEFAULT '',
    "gloss" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SavedWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_createdAt_idx" ON "Document"("createdAt");

-- CreateIndex
CREATE INDEX "Document_deletedAt_idx" ON "Document"("deletedAt");

-- CreateIndex
CREATE INDEX "Document_linkingFrom_idx" ON "Document"("linkingFrom");

-- CreateIndex
CREATE INDEX "Segment_documentId_changeSeq_idx" ON "Segment"("documentId", "changeSeq");

-- CreateIndex
CREATE INDEX "Segment_status_idx" ON "Segment"("status");

-- CreateIndex
CREATE INDEX "Segment_source_idx" ON "Segment"("source");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_documentId_position_key" ON "Segment"("documentId", "position");

-- CreateIndex
CREATE INDEX "Change_segmentId_createdAt_idx" ON "Change"("segmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Change_documentId_createdAt_id_idx" ON "Change"("documentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Change_createdAt_id_idx" ON "Change"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Change_action_createdAt_idx" ON "Change"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Change_actorName_createdAt_idx" ON "Change"("actorName", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_key_key" ON "GlossaryEntry"("key");

-- CreateIndex
CREATE INDEX "GlossarySpelling_entryId_idx" ON "GlossarySpelling"("entryId");

-- CreateIndex
CREATE INDEX "EntityMention_entryId_idx" ON "EntityMention"("entryId");

-- CreateIndex
CREATE INDEX "EntityMention_segmentId_idx" ON "EntityMention"("segmentId");

-- CreateIndex
CREATE INDEX "EntityMention_documentId_idx" ON "EntityMention"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "TranslationTask_segmentId_key" ON "TranslationTask"("segmentId");

-- CreateIndex
CREATE INDEX "TranslationTask_failedAt_priority_id_idx" ON "TranslationTask"("failedAt", "priority" DESC, "id");

-- CreateIndex
CREATE INDEX "GlossaryRedirect_toId_idx" ON "GlossaryRedirect"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "MemoryImport_createdAt_idx" ON "MemoryImport"("createdAt");

-- CreateIndex
CREATE INDEX "MemoryImport_status_idx" ON "MemoryImport"("status");

-- CreateIndex
CREATE INDEX "MemoryUnit_importId_idx" ON "MemoryUnit"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_sourceKey_target_key" ON "MemoryUnit"("sourceKey", "target");

-- CreateIndex
CREATE INDEX "SavedWord_userId_status_idx" ON "SavedWord"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SavedWord_userId_word_key" ON "SavedWord"("userId", "word");

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossarySpelling" ADD CONSTRAINT "GlossarySpelling_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationTask" ADD CONSTRAINT "TranslationTask_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonDraft" ADD CONSTRAINT "ComparisonDraft_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryUnit" ADD CONSTRAINT "MemoryUnit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemoryImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedWord" ADD CONSTRAINT "SavedWord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---- Counters kept by triggers (SQLite: 20261201121400_corpus_version,
-- 20261201131500_document_counters). Triggers run inside the writer's own transaction, so
-- every writer (web, worker, CLI) keeps them right and a rollback rolls them back.
-- A later migration that redefines "Segment" or "Document" must keep these triggers.

-- Row 1: the corpus version export statistics cache on. A random start, so a database
-- recreated under the same URL does not repeat versions a running server has cached.
-- Row 2: the change sequence behind "Segment"."changeSeq" (the reader's live poll).
INSERT INTO "CorpusVersion" ("id", "version") VALUES (1, floor(random() * 1000000000)::integer), (2, 0);

-- The change sequence is taken from row 2, whose row lock is held to commit: sequence
-- order is commit order, as under SQLite's single writer, so a reader that has seen N has
-- seen every change numbered N or below. Set before the row is written: no second update.
CREATE FUNCTION "selaras_next_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2 RETURNING "version" INTO NEW."changeSeq";
    RETURN NEW;
END $$;

CREATE TRIGGER "Segment_change_insert" BEFORE INSERT ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_next_change_seq"();
CREATE TRIGGER "Segment_change_update" BEFORE UPDATE OF "source", "target", "status", "engine", "version", "flags", "position", "paragraphIndex", "kind" ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_next_change_seq"();

-- Glossary marks are drawn from mentions: linking or unlinking a name changes the sentence.
-- Updating "changeSeq" alone fires none of the column-limited "Segment" triggers.
CREATE FUNCTION "selaras_mention_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq integer;
BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 2 RETURNING "version" INTO seq;
    UPDATE "Segment" SET "changeSeq" = seq
    WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."segmentId" ELSE NEW."segmentId" END;
    RETURN NULL;
END $$;

CREATE TRIGGER "EntityMention_change_insert" AFTER INSERT ON "EntityMention"
    FOR EACH ROW EXECUTE FUNCTION "selaras_mention_change_seq"();
CREATE TRIGGER "EntityMention_change_delete" AFTER DELETE ON "EntityMention"
    FOR EACH ROW EXECUTE FUNCTION "selaras_mention_change_seq"();

-- Row 1 rises whenever a change could alter what an export counts.
CREATE FUNCTION "selaras_bump_corpus_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER "Segment_corpus_insert" AFTER INSERT ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_bump_corpus_version"();
CREATE TRIGGER "Segment_corpus_delete" AFTER DELETE ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_bump_corpus_version"();
-- Only real changes: a save that rewrites the same status must not empty the cache.
CREATE TRIGGER "Segment_corpus_update" AFTER UPDATE OF "source", "target", "status", "engine", "reviewedBy", "documentId" ON "Segment"
    FOR EACH ROW WHEN (OLD."source" IS DISTINCT FROM NEW."source" OR OLD."target" IS DISTINCT FROM NEW."target"
        OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."engine" IS DISTINCT FROM NEW."engine"
        OR OLD."reviewedBy" IS DISTINCT FROM NEW."reviewedBy" OR OLD."documentId" IS DISTINCT FROM NEW."documentId")
    EXECUTE FUNCTION "selaras_bump_corpus_version"();
-- createdAt orders the export, which decides which duplicate a deduplicated export keeps.
CREATE TRIGGER "Document_corpus_update" AFTER UPDATE OF "deletedAt", "createdAt" ON "Document"
    FOR EACH ROW WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
    EXECUTE FUNCTION "selaras_bump_corpus_version"();
CREATE TRIGGER "Document_corpus_delete" AFTER DELETE ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "selaras_bump_corpus_version"();

-- Per-document segment counts, so the library reads one row per document.
CREATE FUNCTION "selaras_flagged"(flags jsonb) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(flags) = 'array' AND jsonb_array_length(flags) > 0 THEN 1 ELSE 0 END
$$;

CREATE FUNCTION "selaras_segment_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "Document" SET
            "segmentCount" = "segmentCount" - 1,
            "translatedCount" = "translatedCount" - (OLD."status" <> 'pending')::integer,
            "editedCount" = "editedCount" - (OLD."status" = 'edited')::integer,
            "approvedCount" = "approvedCount" - (OLD."status" = 'approved')::integer,
            "flaggedCount" = "flaggedCount" - "selaras_flagged"(OLD."flags")
        WHERE "id" = OLD."documentId";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE "Document" SET
            "segmentCount" = "segmentCount" + 1,
            "translatedCount" = "translatedCount" + (NEW."status" <> 'pending')::integer,
            "editedCount" = "editedCount" + (NEW."status" = 'edited')::integer,
            "approvedCount" = "approvedCount" + (NEW."status" = 'approved')::integer,
            "flaggedCount" = "flaggedCount" + "selaras_flagged"(NEW."flags")
        WHERE "id" = NEW."documentId";
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Segment_counts_insert" AFTER INSERT ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_segment_counts"();
CREATE TRIGGER "Segment_counts_delete" AFTER DELETE ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_segment_counts"();
-- Only when a counted column changes: most saves rewrite the target alone.
CREATE TRIGGER "Segment_counts_update" AFTER UPDATE OF "status", "flags", "documentId" ON "Segment"
    FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."flags" IS DISTINCT FROM NEW."flags"
        OR OLD."documentId" IS DISTINCT FROM NEW."documentId")
    EXECUTE FUNCTION "selaras_segment_counts"();
