-- The queue engine's job that carries a task (PostgreSQL only); always empty on SQLite,
-- where the task row itself is the queue.
-- AlterTable
ALTER TABLE "TranslationTask" ADD COLUMN "jobId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "TranslationTask_jobId_key" ON "TranslationTask"("jobId");
