"use client";
// The editor's working state: for each segment the last saved version and the text in
// its field. Saves name the version they started from; a conflict keeps both texts
// until the person decides. Every keystroke is also kept as a local draft.
import { useEffect, useRef, useState } from "react";
import type { ApiFailure } from "@/lib/i18n/api-error";
import type { EditorSegment } from "@/lib/segments/editor-types";
import type { CurrentSegment, HumanStatus, SavedSegment } from "@/lib/segments/types";
import { clearDrafts, findDraft, storeDraft, type StoredDraft } from "./draft-store";
import { segmentApi } from "./segment-api";

export type EditorRow = {
  segment: EditorSegment;
  text: string;
  busy: boolean;
  failure: ApiFailure | null;
  /** The status a failed save asked for, so a retry asks for the same. */
  failedStatus: HumanStatus | null;
  /** The other side of a 409: the text that is saved now. */
  conflict: CurrentSegment | null;
  /** A draft from an earlier visit, offered back until restored or discarded. */
  offeredDraft: StoredDraft | null;
  lastSaved: number | null;
};

export type SaveOutcome = "saved" | "unchanged" | "conflict" | "failed";

const savedText = (segment: EditorSegment) => segment.target ?? "";
export const isDirty = (row: EditorRow) => row.text !== savedText(row.segment);

function toRow(segment: EditorSegment): EditorRow {
  return { segment, text: savedText(segment), busy: false, failure: null, failedStatus: null, conflict: null, offeredDraft: null, lastSaved: null };
}

export function useEditorRows(initial: readonly EditorSegment[]) {
  const [rows, setRows] = useState<EditorRow[]>(() => initial.map(toRow));
  const latest = useRef(rows);
  latest.current = rows;

  // localStorage exists only in the browser, so drafts are offered after hydration.
  useEffect(() => {
    setRows((current) =>
      current.map((row) => {
        const draft = findDraft(row.segment.id);
        if (draft && draft.text === savedText(row.segment)) clearDrafts(row.segment.id);
        return draft && draft.text !== savedText(row.segment) ? { ...row, offeredDraft: draft } : row;
      }),
    );
  }, []);

  const patch = (id: string, change: (row: EditorRow) => EditorRow) =>
    setRows((current) => current.map((row) => (row.segment.id === id ? change(row) : row)));
  const find = (id: string) => latest.current.find((row) => row.segment.id === id);

  function applySaved(id: string, saved: Pick<SavedSegment, "target" | "status" | "version">, text?: string): void {
    clearDrafts(id);
    patch(id, (row) => {
      const segment = { ...row.segment, target: saved.target, status: saved.status, version: saved.version };
      const nextText = text ?? savedText(segment);
      if (nextText !== savedText(segment)) storeDraft(id, segment.version, nextText);
      return { ...row, segment, text: nextText, busy: false, failure: null, failedStatus: null, conflict: null, offeredDraft: null, lastSaved: Date.now() };
    });
  }

  async function send(id: string, text: string, version: number, status: HumanStatus): Promise<SaveOutcome> {
    patch(id, (row) => ({ ...row, busy: true, failure: null }));
    const result = await segmentApi.save(id, { target: text, status, version });
    if (result.kind === "ok") {
      // Text typed while the save was in flight stays in the field as a new draft.
      const typed = find(id)?.text ?? text;
      applySaved(id, result.value, typed);
      return "saved";
    }
    if (result.kind === "conflict") {
      patch(id, (row) => ({ ...row, busy: false, conflict: result.current }));
      return "conflict";
    }
    patch(id, (row) => ({ ...row, busy: false, failure: result.failure, failedStatus: status }));
    return "failed";
  }

  // A save that failed for want of a network is sent again as soon as the browser is
  // back online; the text was never lost (it is in the field and the local draft).
  useEffect(() => {
    function retryOffline() {
      for (const row of latest.current) {
        if (row.failure?.code !== "network" || row.busy || row.conflict) continue;
        void send(row.segment.id, row.text, row.segment.version, row.failedStatus ?? "edited");
      }
    }
    window.addEventListener("online", retryOffline);
    return () => window.removeEventListener("online", retryOffline);
  }, []);

  return {
    rows,
    /** Takes a fresh read from the server; fields with unsaved text keep it (a later save will surface any conflict). */
    replaceSegments(segments: readonly EditorSegment[]): void {
      setRows((current) => {
        const byId = new Map(current.map((row) => [row.segment.id, row]));
        return segments.map((segment) => {
          const old = byId.get(segment.id);
          return old && isDirty(old) ? { ...old, segment } : { ...toRow(segment), lastSaved: old?.lastSaved ?? null };
        });
      });
    },
    applySaved,
    setText(id: string, text: string): void {
      const row = find(id);
      if (!row) return;
      if (text === savedText(row.segment)) clearDrafts(id);
      else storeDraft(id, row.segment.version, text);
      patch(id, (r) => ({ ...r, text }));
    },
    /** Saves the field; with no status, an unchanged field is left alone and any change is "edited". */
    async save(id: string, status?: HumanStatus): Promise<SaveOutcome> {
      const row = find(id);
      if (!row || row.busy) return "failed";
      if (row.conflict) return "conflict";
      if (!status && !isDirty(row)) return "unchanged";
      return send(id, row.text, row.segment.version, status ?? "edited");
    },
    /** Esc: back to the last saved text; the local draft goes too. */
    revertText(id: string): void {
      clearDrafts(id);
      patch(id, (row) => ({ ...row, text: savedText(row.segment), failure: null, failedStatus: null, offeredDraft: null }));
    },
    restoreDraft(id: string): void {
      patch(id, (row) => (row.offeredDraft ? { ...row, text: row.offeredDraft.text, offeredDraft: null } : row));
    },
    discardDraft(id: string): void {
      clearDrafts(id);
      patch(id, (row) => ({ ...row, offeredDraft: null }));
    },
    /** After a 409: save my (or a hand-merged) text over the current version, or take theirs. */
    async resolveConflict(id: string, choice: { keep: string } | "theirs"): Promise<SaveOutcome> {
      const row = find(id);
      if (!row?.conflict) return "failed";
      const current = row.conflict;
      if (choice === "theirs") {
        applySaved(id, current);
        return "saved";
      }
      patch(id, (r) => ({ ...r, segment: { ...r.segment, target: current.target, status: current.status, version: current.version }, text: choice.keep, conflict: null }));
      return send(id, choice.keep, current.version, "edited");
    },
  };
}

export type EditorRows = ReturnType<typeof useEditorRows>;
