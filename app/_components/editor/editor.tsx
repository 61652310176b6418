"use client";
// The translation editor: every sentence pair of one document as an editable list, with
// a side column for the pair in focus (memory suggestions, repetitions, history).
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { EditorDocument } from "@/lib/segments/editor-types";
import { useEditorRows } from "./use-editor-rows";
import { useEditorActions, type EditorNotice } from "./use-editor-actions";
import { useSuggestions } from "./use-suggestions";
import { fetchEditorDocument, segmentApi } from "./segment-api";
import { EditorToolbar, type StatusFilter } from "./editor-toolbar";
import { SegmentList, useStableIds } from "./segment-list";
import { useStableRowActions } from "./use-stable-row-actions";
import { useListWindow } from "../ui/use-list-window";
import { SuggestionsPanel } from "./suggestions-panel";
import { HistoryPanel } from "./history-panel";
import { RepetitionsOffer } from "./repetitions-offer";
import { useConfirm } from "../ui/confirm-dialog";
import { segmentIdFromHash } from "../reader/use-hash-target";
import { targetFieldId } from "./editor-keys";

const POLL_MS = 1_500;
// Rows mounted at first, at most, and brought in per step past an edge.
const EDITOR_WINDOW = { first: 100, max: 300, step: 100 };

export function Editor({ initial }: { initial: EditorDocument }) {
  const t = useTranslations("Editor");
  const editor = useEditorRows(initial.segments);
  const [status, setStatus] = useState(initial.status);
  const [failures, setFailures] = useState(initial.translationFailures ?? []);
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [activeId, setActiveId] = useState<string | null>(null);
  const [splitId, setSplitId] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const [repeat, setRepeat] = useState<{ id: string; count: number } | null>(null);
  const suggestions = useSuggestions(activeId);
  const { confirm, dialog: confirmDialog } = useConfirm();
  const { replaceSegments } = editor;
  // Marks the list interactive once hydrated: typing into server-rendered fields before
  // that would bypass the draft store (tests wait for it too).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const visible = editor.rows.filter((r) => filter === "all" || r.segment.status === filter);
  const visibleIds = useStableIds(visible.map((r) => r.segment.id));
  const groups = useMemo(() => visibleIds.map((id) => [id]), [visibleIds]);
  const view = useListWindow(groups, EDITOR_WINDOW, filter);

  // "e" in the reader (and any shared link) opens the editor at that sentence: bring its
  // row into the window, scroll it into view and put the caret in its field, ready to type.
  useEffect(() => {
    const id = segmentIdFromHash(window.location.hash);
    if (!id) return;
    view.bring(id, () => {
      const field = document.getElementById(targetFieldId(id));
      if (!(field instanceof HTMLTextAreaElement)) return;
      field.closest("li")?.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
      field.setSelectionRange(field.value.length, field.value.length);
    });
    // Once, on arrival: later polls must not pull the editor back to the linked row.
  }, []);

  const reload = useCallback(async () => {
    const fresh = await fetchEditorDocument(initial.id);
    if (!fresh) return;
    // replaceSegments only calls setRows, so the first render's copy stays valid.
    replaceSegments(fresh.segments);
    setStatus(fresh.status);
    setFailures(fresh.translationFailures ?? []);
  }, [initial.id]);

  // While the worker is (re)translating, new machine text fills in by itself.
  useEffect(() => {
    if (status !== "translating") return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [status, reload]);

  const active = editor.rows.find((r) => r.segment.id === activeId) ?? null;
  const actions = useEditorActions({
    editor,
    visibleIds,
    bring: view.bring,
    suggestions,
    reload,
    setActive: (id) => {
      if (id !== activeId) setHistoryOpen(false);
      setActiveId(id);
    },
    setSplitId,
    setHistoryOpen,
    setNotice,
    confirm,
    offerRepetitions: (id) =>
      void segmentApi.repetitions(id).then((result) => {
        setRepeat(result.kind === "ok" && result.value.propagatable > 0 ? { id, count: result.value.propagatable } : null);
      }),
  });

  const rowActions = useStableRowActions(actions.rowActions);

  async function propagate(id: string): Promise<void> {
    setRepeat(null);
    const result = await segmentApi.propagate(id);
    setNotice(result.kind === "ok" ? { tone: "info", text: t("propagated", { count: result.value.updated }) } : { tone: "error", text: t("notSaved") });
    await reload();
  }

  return (
    <div className="space-y-6">
      <EditorToolbar documentId={initial.id} returnTo={activeId} title={initial.title} rows={editor.rows} filter={filter} onFilter={setFilter} onRetranslate={() => void actions.retranslateDocument(initial.id)} />
      <p role={notice?.tone === "error" ? "alert" : "status"} data-testid="editor-notice" className={notice ? `rounded-lg px-4 py-2 text-sm ${notice.tone === "error" ? "bg-danger-soft text-danger" : "bg-accent-soft text-ink"}` : "sr-only"}>
        {notice?.text}
      </p>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <SegmentList rows={editor.rows} visible={visible} view={view} activeId={activeId} splitId={splitId} rowActions={rowActions} failures={failures} onRetried={reload} hydrated={hydrated} />
        <aside className="space-y-4 lg:sticky lg:top-4">
          {!active && <p className="text-sm text-muted">{t("focusHint")}</p>}
          {repeat && <RepetitionsOffer count={repeat.count} onApply={() => void propagate(repeat.id)} onDismiss={() => setRepeat(null)} />}
          {active && (
            <SuggestionsPanel
              source={active.segment.source}
              suggestions={suggestions}
              onInsert={(text) => {
                editor.setText(active.segment.id, text);
                actions.focusRow(active.segment.id);
              }}
            />
          )}
          {active && historyOpen && (
            <HistoryPanel
              segmentId={active.segment.id}
              version={active.segment.version}
              onRestore={(revision) => void actions.restoreRevision(active.segment.id, revision)}
              onClose={() => setHistoryOpen(false)}
            />
          )}
        </aside>
      </div>
      {confirmDialog}
    </div>
  );
}
