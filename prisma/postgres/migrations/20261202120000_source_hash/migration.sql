-- Equal sentences are found by a hash of the text, not an index on the text itself:
-- PostgreSQL refuses index entries over about 2.7 kB. "sourceHash" is the first 16 hex
-- digits of the SHA-256 of the UTF-8 text, as lib/text/text-hash.ts computes it; here the
-- server computes the same value itself, for existing rows and on every write, so a writer
-- can never store a sentence its lookups will not find.
CREATE FUNCTION "selaras_text_hash"(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT left(encode(sha256(convert_to(value, 'UTF8')), 'hex'), 16)
$$;

DROP INDEX "Segment_source_idx";
ALTER TABLE "Segment" ADD COLUMN "sourceHash" TEXT;
UPDATE "Segment" SET "sourceHash" = "selaras_text_hash"("source");
ALTER TABLE "Segment" ALTER COLUMN "sourceHash" SET NOT NULL;
CREATE INDEX "Segment_sourceHash_idx" ON "Segment"("sourceHash");

DROP INDEX "MemoryUnit_sourceKey_target_key";
ALTER TABLE "MemoryUnit" ADD COLUMN "sourceHash" TEXT, ADD COLUMN "targetHash" TEXT;
UPDATE "MemoryUnit" SET "sourceHash" = "selaras_text_hash"("sourceKey"), "targetHash" = "selaras_text_hash"("target");
ALTER TABLE "MemoryUnit" ALTER COLUMN "sourceHash" SET NOT NULL, ALTER COLUMN "targetHash" SET NOT NULL;
CREATE UNIQUE INDEX "MemoryUnit_sourceHash_targetHash_key" ON "MemoryUnit"("sourceHash", "targetHash");

CREATE FUNCTION "selaras_segment_source_hash"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."sourceHash" := "selaras_text_hash"(NEW."source");
    RETURN NEW;
END $$;

CREATE TRIGGER "Segment_sourceHash" BEFORE INSERT OR UPDATE OF "source", "sourceHash" ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "selaras_segment_source_hash"();

CREATE FUNCTION "selaras_memory_unit_hashes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."sourceHash" := "selaras_text_hash"(NEW."sourceKey");
    NEW."targetHash" := "selaras_text_hash"(NEW."target");
    RETURN NEW;
END $$;

CREATE TRIGGER "MemoryUnit_hashes" BEFORE INSERT OR UPDATE OF "sourceKey", "target", "sourceHash", "targetHash" ON "MemoryUnit"
    FOR EACH ROW EXECUTE FUNCTION "selaras_memory_unit_hashes"();
