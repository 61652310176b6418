-- Staged linking of long articles (issue 14: short write transactions). Null, the default,
-- means "fully linked", which every existing document is.
-- Hand-written (same resulting schema as Prisma's rebuild): a nullable column needs no copy,
-- and a rebuild would drop the "Document" triggers.
ALTER TABLE "Document" ADD COLUMN "linkingFrom" INTEGER;
CREATE INDEX "Document_linkingFrom_idx" ON "Document"("linkingFrom");
