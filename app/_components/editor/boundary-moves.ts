"use client";
// The two fixes for a misaligned published translation: pull the next pair's English up
// into this one, or send the English after the caret down into the next. The Indonesian
// never moves. Each ends with a spoken notice (the editor's status line) and the caret
// back in the pair, so the next fix is one more keystroke.
import type { useTranslations } from "next-intl";
import { joinOffset, splitOffset } from "@/lib/text/align/english-boundary";
import type { EditorSegment } from "@/lib/segments/editor-types";
import { targetFieldId } from "./editor-keys";
import { segmentApi, type ApiResult } from "./segment-api";
import { isDirty, type EditorRow } from "./use-editor-rows";
import type { EditorNotice } from "./use-editor-actions";

export type BoundaryMove = "join" | "split";

/** A pair whose English came with the article (and may since have been corrected). */
export const isAlignedPair = (segment: EditorSegment) => segment.engine === "aligned" || segment.status === "reference";

type Deps = {
  rows: readonly EditorRow[];
  /** Sends a shape-changing call, says why it failed (a 409 included) and re-reads the list. */
  reshape: (call: Promise<ApiResult<unknown>>) => Promise<void>;
  focusRow: (id: string) => void;
  setNotice: (notice: EditorNotice) => void;
  t: ReturnType<typeof useTranslations<"Editor">>;
};

export function boundaryMoves({ rows, reshape, focusRow, setNotice, t }: Deps) {
  return async function move(id: string, kind: BoundaryMove): Promise<void> {
    const index = rows.findIndex((r) => r.segment.id === id);
    const row = rows[index];
    const next = rows[index + 1];
    if (!row || !next || next.segment.kind !== row.segment.kind || !isAlignedPair(row.segment)) return;
    // The server cuts the saved texts: typed, unsaved words would be lost or misplaced.
    if (isDirty(row) || isDirty(next)) return setNotice({ tone: "error", text: t("saveFirst") });
    const at = kind === "join" ? joinOffset(row.segment.target, next.segment.target) : splitOffset(row.segment.target, caretIn(id));
    const number = index + 1;
    if (at === null) {
      setNotice({ tone: "info", text: t(kind === "join" ? "joinNothing" : "splitNothing", { number, next: number + 1 }) });
      return focusRow(id);
    }
    let moved = false;
    const call = segmentApi.moveBoundary(id, { version: row.segment.version, nextVersion: next.segment.version, at });
    await reshape(call.then((result) => ((moved = result.kind === "ok"), result)));
    if (moved) setNotice({ tone: "info", text: t(kind === "join" ? "joinedEnglish" : "splitEnglishDone", { number, next: number + 1 }) });
    focusRow(id);
  };
}

/** The caret in the pair's English field; it stays put while a button has the focus. */
function caretIn(id: string): number {
  const field = document.getElementById(targetFieldId(id));
  return field instanceof HTMLTextAreaElement ? field.selectionStart : 0;
}
