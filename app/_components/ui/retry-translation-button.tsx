"use client";
// "Try again" on a sentence whose translation failed (POST
// /api/segments/:id/retry-translation); the page then reloads the document, which is
// translating again, so the sentence fills in live. Shared by the reader and the editor.
import { useTranslations } from "next-intl";
import { PostActionButton } from "./post-action-button";

export function RetryTranslationButton({ segmentId, onRetried }: { segmentId: string; onRetried: () => Promise<void> | void }) {
  const t = useTranslations("TranslationRetry");
  return (
    <PostActionButton
      url={`/api/segments/${encodeURIComponent(segmentId)}/retry-translation`}
      labels={{ idle: t("retry"), busy: t("retrying"), failed: t("failed") }}
      testId="retry-translation"
      onDone={onRetried}
    />
  );
}
