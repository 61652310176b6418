"use client";
// The reader's live part: the document (refreshed while translating), the header, the
// notices and the text in the chosen mode, all sharing one selection: the lit pair, the
// pinned pair, the sentence Tab lands on, and (learning mode) the revealed sentences.
// A long article shows a window of paragraphs (use-reader-window); moving to a sentence
// outside it moves the window first.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/documents/types";
import type { DocumentOutline } from "@/lib/documents/first-window";
import { useLiveDocument } from "./use-live-document";
import { clickedSentence, useSegmentHighlight } from "./use-segment-highlight";
import { useRevealed } from "./use-revealed";
import { useReaderKeys } from "./use-reader-keys";
import { segmentHash, useHashTarget } from "./use-hash-target";
import { useSearchMarks } from "./use-search-marks";
import { useFinishedAnnouncement } from "./use-finished-announcement";
import { rememberReaderMode, type ReaderMode } from "./reader-mode";
import { DocumentHeader } from "./document-header";
import { EngineNotice } from "./engine-notice";
import { TranslationFailures } from "./translation-failures";
import { IngestReportPanel } from "./ingest-report";
import { bodyParagraphs, ParallelText } from "./parallel-text";
import { useListWindow } from "../ui/use-list-window";
import { FIRST_WINDOW_SENTENCES, MAX_WINDOW_SENTENCES, WINDOW_STEP_SENTENCES } from "@/lib/documents/paragraph-window";
import { ReaderToolbar } from "./reader-toolbar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { isDraft, sentenceElementId } from "./sentence";
import { DocumentEntitiesProvider } from "../glossary/entities-context";
import { useEntityMarks } from "../glossary/use-entity-marks";
import { DocumentEntities } from "../glossary/document-entities";
import { useWordHelp } from "../words/use-word-help";
import { useWordTint } from "../words/use-word-tint";
import { ComparisonPanel } from "../comparison/comparison-panel";
import { ComparisonProvider } from "../comparison/comparison-context";
import { useComparison } from "../comparison/use-comparison";

const READER_WINDOW = { first: FIRST_WINDOW_SENTENCES, max: MAX_WINDOW_SENTENCES, step: WINDOW_STEP_SENTENCES };

type Props = { initial: DocumentView; outline: DocumentOutline | null; duplicate: boolean; initialMode: ReaderMode };

export function LiveDocument({ initial, outline, duplicate, initialMode }: Props) {
  const t = useTranslations("Reader");
  const tIngest = useTranslations("Ingest");
  const router = useRouter();
  const { document, complete, reload } = useLiveDocument(initial, outline !== null);
  const [mode, setModeState] = useState(initialMode);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const { litId, focusedId, pinnedId, setPinnedId, togglePin, handlers } = useSegmentHighlight(setCurrentId);
  const { revealed, toggle, setAll } = useRevealed();
  const dialog = useRef<HTMLDialogElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const announcement = useFinishedAnnouncement(document.status, t("finished"));
  // Tests (and curious users of the DOM) can tell when the keyboard map is live.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const segments = useMemo(() => document.paragraphs.flatMap((p) => p.segments), [document.paragraphs]);
  const titleSegment = segments.find((s) => s.kind === "title") ?? null;
  const order = useMemo(() => [...segments.filter((s) => s.kind === "title"), ...segments.filter((s) => s.kind === "body")].map((s) => s.id), [segments]);
  const known = useMemo(() => new Set(order), [order]);
  const body = useMemo(() => bodyParagraphs(document.paragraphs), [document.paragraphs]);
  // An article brought with its published English can be compared with the machine's.
  const published = useMemo(() => segments.some((s) => s.engine === "aligned"), [segments]);
  const [comparing, setComparing] = useState(false);
  const comparison = useComparison(document.id, published, comparing);
  const groups = useMemo(() => body.map((p) => p.segments.map((s) => s.id)), [body]);
  const view = useListWindow(groups, READER_WINDOW);
  const { bring } = view;
  // Until the rest of a long article has arrived, the header speaks for the whole of it.
  const summary = complete ? null : outline;
  const draftCount = summary ? summary.draftCount : segments.filter(isDraft).length;
  const entitiesById = useMemo(() => new Map((document.entities ?? []).map((e) => [e.id, e])), [document.entities]);
  useEntityMarks(articleRef, entitiesById);
  const targets = useMemo(() => new Map(segments.map((s) => [s.id, s.target ?? ""])), [segments]);
  const wordAnnouncement = useWordHelp(articleRef, { id: document.id, title: document.title, targetOf: (id) => targets.get(id) ?? "" });

  const setMode = useCallback((next: ReaderMode) => {
    setModeState(next);
    rememberReaderMode(next);
  }, []);
  const activate = (id: string) => {
    setCurrentId(id);
    if (mode === "learning") toggle(id);
    else togglePin(id);
  };
  const focusSentence = useCallback((id: string) => bring(id, () => window.document.getElementById(sentenceElementId("source", id))?.focus()), [bring]);
  const showSentence = useCallback(
    (id: string) => {
      setPinnedId(id);
      setCurrentId(id);
      bring(id, () => {
        const element = window.document.getElementById(sentenceElementId("source", id));
        element?.focus({ preventScroll: true });
        element?.scrollIntoView({ block: "center" });
      });
    },
    [setPinnedId, bring],
  );
  const knows = useCallback((id: string) => known.has(id), [known]);
  useHashTarget(showSentence, knows);
  const markRevision = `${mode}:${document.progress.translated}:${revealed.size}:${view.window.start}:${view.window.end}`;
  useSearchMarks(articleRef, markRevision);
  const tinted = useWordTint(articleRef, markRevision);
  useReaderKeys({
    order,
    mode,
    fallbackId: focusedId ?? currentId ?? pinnedId,
    focusSentence,
    activate,
    unpin: () => setPinnedId(null),
    openEditor: (id) => router.push(`/documents/${encodeURIComponent(document.id)}/edit${id ? segmentHash(id) : ""}`),
    openShortcuts: () => dialog.current?.showModal(),
    setMode,
  });

  const selection = { litId, pinnedId, tabbableId: focusedId ?? currentId ?? order[0] ?? null, revealed };

  return (
    <article
      ref={articleRef}
      {...handlers}
      onClick={(event: MouseEvent) => {
        const id = clickedSentence(event.target);
        if (id) activate(id);
      }}
      aria-labelledby="document-title"
      data-testid="reader"
      data-hydrated={hydrated ? "true" : undefined}
      // Set once the whole of a long article has arrived (tests wait for it).
      data-complete={complete ? "true" : undefined}
      data-tinted-words={tinted ?? undefined}
      className="reader space-y-8"
    >
      {/* Glossary marks in every sentence read the document's entities from here. */}
      <DocumentEntitiesProvider entities={document.entities ?? []}>
        {duplicate && (
          <p role="status" data-chrome className="rounded-xl border border-accent/30 bg-accent-soft px-4 py-3 text-sm text-ink">
            {tIngest("duplicateNotice")}
          </p>
        )}
        <DocumentHeader document={document} titleSegment={titleSegment} selection={selection} counts={summary?.counts} hasDrafts={draftCount > 0} />
        <div data-chrome className="flex flex-wrap items-start gap-4 *:min-w-72 *:flex-1">
          <EngineNotice document={document} draftCount={draftCount} />
          <TranslationFailures document={document} onRetried={reload} />
          <IngestReportPanel documentId={document.id} report={document.report} onRestored={reload} />
        </div>
        <div className="space-y-4">
          <ReaderToolbar mode={mode} onModeChange={setMode} onRevealAll={(all) => setAll(all ? order : null)} onShowShortcuts={() => dialog.current?.showModal()} hasDrafts={draftCount > 0} />
          {document.progress.linking !== undefined ? (
            <p data-chrome data-testid="linking-stage" className="text-sm text-muted">
              {t("linkingStage", { percent: Math.floor((100 * document.progress.linking) / Math.max(1, document.progress.total)) })}
            </p>
          ) : (
            document.status === "translating" && <p data-chrome className="text-sm text-muted">{t("liveUpdating")}</p>
          )}
          {published && (
            <ComparisonPanel view={comparison.view} on={comparing} onToggle={setComparing} onRequest={() => void comparison.request().then((owed) => owed && setComparing(true))} error={comparison.error} />
          )}
          <ComparisonProvider drafts={comparing ? comparison.drafts : null}>
            <ParallelText body={body} view={view} mode={mode} selection={selection} />
          </ComparisonProvider>
        </div>
        <div data-chrome>
          <DocumentEntities entities={document.entities ?? []} />
        </div>
        <ShortcutsDialog ref={dialog} />
        <p role="status" className="sr-only">
          {announcement}
        </p>
        <p role="status" data-testid="word-announcement" className="sr-only">
          {wordAnnouncement}
        </p>
      </DocumentEntitiesProvider>
    </article>
  );
}
