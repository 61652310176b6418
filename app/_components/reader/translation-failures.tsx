"use client";
// Sentences whose translation failed every attempt, each with the engine's last reason
// and a retry button. The rest of the article is translated regardless; a link takes
// the reader to the sentence itself.
import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/documents/types";
import { RetryTranslationButton } from "../ui/retry-translation-button";

export function TranslationFailures({ document, onRetried }: { document: DocumentView; onRetried: () => Promise<void> }) {
  const t = useTranslations("TranslationRetry");
  // Older API answers may lack the field.
  const failures = document.translationFailures ?? [];
  if (failures.length === 0) return null;
  const sources = new Map(document.paragraphs.flatMap((p) => p.segments.map((s) => [s.id, s.source] as const)));
  return (
    <aside data-testid="translation-failures" className="rounded-xl border border-danger/30 bg-danger-soft px-4 py-3 text-sm">
      <p className="font-semibold text-danger">{t("title", { count: failures.length })}</p>
      <ul className="mt-2 space-y-2">
        {failures.map((failure) => (
          <li key={failure.segmentId} data-testid="translation-failure" data-segment-id={failure.segmentId} className="space-y-1">
            <a href={`#segment-${encodeURIComponent(failure.segmentId)}`} lang="id" className="block text-ink underline underline-offset-2">
              {sources.get(failure.segmentId) ?? ""}
            </a>
            <p className="text-muted">{t("reason", { reason: failure.reason })}</p>
            <RetryTranslationButton segmentId={failure.segmentId} onRetried={onRetried} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
