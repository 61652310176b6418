"use client";
// Puts one removed line back into the article (POST /api/documents/:id/restore). The
// reader then reloads the document, and the restored sentences translate live.
import { useTranslations } from "next-intl";
import { PostActionButton } from "../ui/post-action-button";

export function RestoreButton({ documentId, line, onRestored }: { documentId: string; line: string; onRestored: () => Promise<void> }) {
  const t = useTranslations("Report");
  return (
    <PostActionButton
      url={`/api/documents/${encodeURIComponent(documentId)}/restore`}
      body={{ line }}
      labels={{ idle: t("restore"), busy: t("restoring"), failed: t("restoreFailed") }}
      testId="restore-line"
      onDone={onRestored}
    />
  );
}
