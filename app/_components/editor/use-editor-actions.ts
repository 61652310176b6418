"use client";
// What the editor's buttons and keys do, bound to one segment at a time. Operations that
// change the list's shape (split, merge, retranslation, propagation) re-read it from the
// server; plain saves update the row in place.
import type { KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { ApiFailure } from "@/lib/i18n/api-error";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import type { FuzzySuggestion, HistoryEntry } from "@/lib/segments/types";
import { keyCommand, targetFieldId } from "./editor-keys";
import { segmentApi, type ApiResult } from "./segment-api";
import type { EditorRows, SaveOutcome } from "./use-editor-rows";
import type { RowActions } from "./segment-row";
import { boundaryMoves } from "./boundary-moves";

export type EditorNotice = { tone: "info" | "error"; text: string };

type Context = {
  editor: EditorRows;
  visibleIds: readonly string[];
  suggestions: FuzzySuggestion[] | null;
  reload: () => Promise<void>;
  setActive: (id: string) => void;
  setSplitId: (id: string | null) => void;
  setHistoryOpen: (open: boolean) => void;
  setNotice: (notice: EditorNotice | null) => void;
  offerRepetitions: (id: string) => void;
  /** Mounts a row outside the editor's window, then runs the follow-up. */
  bring: (id: string, then: () => void) => void;
  /** The app's own confirmation dialog (see ui/confirm-dialog). */
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
};

export function useEditorActions(ctx: Context) {
  const t = useTranslations();
  const tEditor = useTranslations("Editor");
  const { editor } = ctx;
  const failureText = (failure: ApiFailure) => t(`Errors.${failure.code}`, { limitMb: Math.round(MAX_INPUT_BYTES / 1024 / 1024) });

  /** Focus a pair's English field with the caret at the end, ready to continue typing. */
  function focusRow(id: string | undefined): void {
    if (!id) return;
    ctx.bring(id, () => {
      const field = document.getElementById(targetFieldId(id));
      if (!(field instanceof HTMLTextAreaElement)) return;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    });
  }
  const neighbour = (id: string, delta: number) => ctx.visibleIds[ctx.visibleIds.indexOf(id) + delta];

  /** Saves, then moves on when the save landed or there was nothing to save. */
  async function saveAndMove(id: string, status?: "approved"): Promise<void> {
    const next = neighbour(id, 1);
    const outcome: SaveOutcome = await editor.save(id, status);
    if (outcome === "saved") ctx.offerRepetitions(id);
    if (outcome === "saved" || outcome === "unchanged") focusRow(next);
  }

  /** Shape-changing calls: reload on success, say why on failure. */
  async function reshape(call: Promise<ApiResult<unknown>>): Promise<void> {
    const result = await call;
    if (result.kind === "failed") ctx.setNotice({ tone: "error", text: failureText(result.failure) });
    if (result.kind === "conflict") ctx.setNotice({ tone: "error", text: t("Errors.version-conflict") });
    await ctx.reload();
  }

  const moveBoundary = boundaryMoves({ rows: editor.rows, reshape, focusRow, setNotice: ctx.setNotice, t: tEditor });

  function rowActions(id: string): RowActions {
    const row = () => editor.rows.find((r) => r.segment.id === id);
    const index = editor.rows.findIndex((r) => r.segment.id === id);
    return {
      focus: () => ctx.setActive(id),
      change: (text) => editor.setText(id, text),
      keyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
        const command = keyCommand(event);
        if (!command) return;
        event.preventDefault();
        if (command.kind === "save") void saveAndMove(id);
        else if (command.kind === "approve") void saveAndMove(id, "approved");
        else if (command.kind === "move") focusRow(neighbour(id, command.delta));
        else if (command.kind === "revert") editor.revertText(id);
        else if (command.kind === "join-english" || command.kind === "split-english") void moveBoundary(id, command.kind === "join-english" ? "join" : "split");
        else {
          const suggestion = ctx.suggestions?.[command.index];
          if (suggestion) editor.setText(id, suggestion.target);
        }
      },
      save: (status) => void editor.save(id, status).then((outcome) => outcome === "saved" && ctx.offerRepetitions(id)),
      history: () => ctx.setHistoryOpen(true),
      toggleSplit: (open) => ctx.setSplitId(open ? id : null),
      split: (sourceAt, targetAt) => {
        ctx.setSplitId(null);
        void reshape(segmentApi.split(id, { version: row()?.segment.version ?? 0, sourceAt, targetAt }));
      },
      merge: () => {
        const next = editor.rows[index + 1];
        if (!next) return;
        void reshape(segmentApi.merge(id, { version: row()?.segment.version ?? 0, nextVersion: next.segment.version }));
      },
      retranslate: () => {
        const current = row()?.segment;
        if (!current) return;
        const reviewed = current.status === "edited" || current.status === "approved";
        const asked = reviewed ? ctx.confirm(t("Editor.retranslateConfirm"), t("Editor.retranslate")) : Promise.resolve(true);
        void asked.then((confirmed) => {
          if (confirmed) void reshape(segmentApi.retranslate(id, { version: current.version, force: reviewed }));
          else focusRow(id);
        });
      },
      joinEnglish: () => void moveBoundary(id, "join"),
      splitEnglish: () => void moveBoundary(id, "split"),
      resolve: (choice) => void editor.resolveConflict(id, choice),
      restoreDraft: () => editor.restoreDraft(id),
      discardDraft: () => editor.discardDraft(id),
    };
  }

  async function restoreRevision(id: string, revision: HistoryEntry): Promise<void> {
    const version = editor.rows.find((r) => r.segment.id === id)?.segment.version ?? 0;
    const result = await segmentApi.revert(id, { changeId: revision.id, version });
    if (result.kind === "ok") editor.applySaved(id, result.value);
    else await reshape(Promise.resolve(result));
  }

  async function retranslateDocument(documentId: string): Promise<void> {
    const result = await segmentApi.retranslateDocument(documentId);
    if (result.kind === "ok") ctx.setNotice({ tone: "info", text: t("Editor.retranslateQueued", { count: result.value.queued }) });
    await reshape(Promise.resolve(result));
  }

  return { rowActions, restoreRevision, retranslateDocument, focusRow };
}
