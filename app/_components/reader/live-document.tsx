"use client";
// The reader's live part: the document (refreshed while translating), the header,
// the notices and the parallel text, all sharing one lit sentence pair.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/documents/types";
import { useLiveDocument } from "./use-live-document";
import { useSegmentHighlight } from "./use-segment-highlight";
import { DocumentHeader } from "./document-header";
import { EngineNotice } from "./engine-notice";
import { IngestReportPanel } from "./ingest-report";
import { ParallelText } from "./parallel-text";
import { isDraft } from "./sentence";

export function LiveDocument({ initial, duplicate }: { initial: DocumentView; duplicate: boolean }) {
  const t = useTranslations("Reader");
  const tIngest = useTranslations("Ingest");
  const document = useLiveDocument(initial);
  const { litId, handlers } = useSegmentHighlight();
  const announcement = useFinishedAnnouncement(document.status, t("finished"));

  const segments = document.paragraphs.flatMap((p) => p.segments);
  const titleSegment = segments.find((s) => s.kind === "title") ?? null;
  const bodyCount = segments.filter((s) => s.kind === "body").length;
  const draftCount = segments.filter(isDraft).length;

  return (
    <article {...handlers} aria-labelledby="document-title" className="space-y-8">
      {duplicate && (
        <p role="status" className="rounded-xl border border-accent/30 bg-accent-soft px-4 py-3 text-sm text-ink">
          {tIngest("duplicateNotice")}
        </p>
      )}
      <DocumentHeader document={document} titleSegment={titleSegment} bodyCount={bodyCount} litId={litId} />
      <div className="flex flex-wrap items-start gap-4 *:min-w-72 *:flex-1">
        <EngineNotice document={document} draftCount={draftCount} />
        <IngestReportPanel report={document.report} />
      </div>
      {document.status === "translating" && <p className="text-sm text-muted">{t("liveUpdating")}</p>}
      <ParallelText paragraphs={document.paragraphs} litId={litId} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </article>
  );
}

/** Tells screen-reader users once when a translation they watched has finished. */
function useFinishedAnnouncement(status: DocumentView["status"], message: string): string {
  const wasTranslating = useRef(status === "translating");
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (status === "translating") wasTranslating.current = true;
    else if (wasTranslating.current && status === "ready") setAnnouncement(message);
  }, [status, message]);
  return announcement;
}
