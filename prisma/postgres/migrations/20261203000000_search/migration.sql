-- Full-text search and fuzzy candidates on PostgreSQL: what the FTS5 tables "SegmentSearch"
-- and "MemoryUnitSearch" do on SQLite (prisma/migrations/*_search, *_memory_import). The
-- queries live in lib/db/queries/postgres/ (search-segments.ts, fuzzy-candidates.ts, …).
--
-- Hand-written and NOT in prisma/schema.prisma, like SQLite's FTS5 tables: the generated
-- column "Segment"."searchVector", its GIN index, the two trigram indexes, the functions and
-- the text search configuration below. The Prisma client never selects or writes them (a
-- generated column cannot be written anyway). scripts/postgres-migrations.test.ts checks the
-- migrated tables against the schema and names "searchVector" as the one column on purpose
-- outside it. Nothing here needs a rebuild: the generated column follows every write of the
-- text, and VACUUM renumbers nothing.

DO $migration$
DECLARE
    -- The extensions sit in the schema the first migration created them in (the URL's
    -- ?schema=, usually public). Function bodies name it, and ours, explicitly: pg_restore
    -- recomputes generated columns with an empty search_path.
    ext text := (SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent');
    trgm text := (SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
    own text := quote_ident(current_schema());
BEGIN
    -- unaccent(text) is STABLE (it looks its dictionary up by name at every call), so it can
    -- feed neither a generated column nor an index. Naming the dictionary makes the result
    -- depend on the argument alone: IMMUTABLE is honest as long as nobody edits unaccent.rules.
    EXECUTE format($sql$
        CREATE FUNCTION %2$s."selaras_unaccent"(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $body$ SELECT %1$s.unaccent('%1$s.unaccent'::regdictionary, value) $body$
    $sql$, ext, own);

    -- Words as FTS5's unicode61 tokenizer sees them: runs of letters and digits, everything
    -- else a separator, accents folded. PostgreSQL's parser would otherwise keep host names,
    -- e-mail addresses, decimals and hyphenated words whole ("www.kompas.com", "3.5"), where
    -- SQLite finds their parts.
    EXECUTE format($sql$
        CREATE FUNCTION %1$s."selaras_search_text"(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $body$ SELECT regexp_replace(%1$s."selaras_unaccent"(value), '[^[:alnum:]]+', ' ', 'g') $body$
    $sql$, own);

    -- ts_headline reads the original text (accents and all) and must mark the words the
    -- query found in the folded text: the simple configuration with unaccent before it.
    EXECUTE format($sql$
        CREATE TEXT SEARCH CONFIGURATION %1$s."selaras_headline" (COPY = pg_catalog.simple);
        ALTER TEXT SEARCH CONFIGURATION %1$s."selaras_headline"
            ALTER MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_numpart, hword_part, numhword, numword, word
            WITH %2$s.unaccent, pg_catalog.simple
    $sql$, own, ext);

    -- Fuzzy candidates (lib/db/queries/postgres/fuzzy-candidates.ts): reviewed sentences
    -- and imported units sharing a word with the sentence in focus, through trigrams of the
    -- accent-folded text. Only reviewed sentences are ever candidates, hence the partial index.
    EXECUTE format($sql$
        CREATE INDEX "Segment_source_trgm_idx" ON "Segment" USING gin (%1$s."selaras_unaccent"("source") %2$s.gin_trgm_ops)
            WHERE "status" IN ('edited', 'approved');
        CREATE INDEX "MemoryUnit_source_trgm_idx" ON "MemoryUnit" USING gin (%1$s."selaras_unaccent"("source") %2$s.gin_trgm_ops)
    $sql$, own, trgm);
END
$migration$;

-- Search over both sides of every pair (lib/db/queries/postgres/search-segments.ts): the
-- Indonesian weighted A and the English B, so one index answers both-sides search and, with
-- a weight filter, the Indonesian-only word-help concordance. STORED: computed at each write
-- of the text, in the writer's transaction, like SQLite's triggers; existing rows now.
ALTER TABLE "Segment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('pg_catalog.simple'::regconfig, "selaras_search_text"("source")), 'A')
    || setweight(to_tsvector('pg_catalog.simple'::regconfig, "selaras_search_text"(coalesce("target", ''))), 'B')
) STORED;

CREATE INDEX "Segment_searchVector_idx" ON "Segment" USING gin ("searchVector");
