-- Document.engineNote becomes the EngineNote enum: a code the UI localises instead of
-- an English sentence that could name server paths. SQLite keeps the column as TEXT,
-- so no table is rebuilt (prisma migrate diff produces an empty migration); only the
-- stored sentences are turned into their codes. The technical reason they carried is
-- not kept: the server log has it, and the browser must not.
UPDATE "Document" SET "engineNote" = CASE
    WHEN "engineNote" LIKE 'Draft engine selected by configuration%' THEN 'draft_configured'
    WHEN "engineNote" LIKE 'Neural model unavailable:%' THEN 'model_waiting'
    WHEN "engineNote" LIKE 'Neural model unavailable%' THEN 'model_unavailable'
    WHEN "engineNote" LIKE 'Translation failed%' THEN 'translation_failed'
    WHEN "status" = 'failed' THEN 'translation_failed'
    ELSE NULL
  END
WHERE "engineNote" IS NOT NULL;
