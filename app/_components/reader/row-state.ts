// What one paragraph needs to know about the reader's selection. Each field is null
// unless the sentence it names is in that paragraph, so memoised rows re-render only
// when something inside them changes.
import type { ParagraphView } from "@/lib/documents/types";
import type { SentenceState } from "./sentence";

export type RowState = {
  litId: string | null;
  pinnedId: string | null;
  tabbableId: string | null;
  /** Learning mode: ids of revealed sentences in this paragraph, joined (a string keeps memo cheap). */
  revealedKey: string;
};

export type ReaderSelection = {
  litId: string | null;
  pinnedId: string | null;
  tabbableId: string | null;
  revealed: ReadonlySet<string>;
};

export function rowStateFor(paragraph: ParagraphView, selection: ReaderSelection): RowState {
  const here = (id: string | null) => (id !== null && paragraph.segments.some((s) => s.id === id) ? id : null);
  return {
    litId: here(selection.litId),
    pinnedId: here(selection.pinnedId),
    tabbableId: here(selection.tabbableId),
    revealedKey: paragraph.segments.filter((s) => selection.revealed.has(s.id)).map((s) => s.id).join(" "),
  };
}

export function sentenceState(row: RowState, id: string, side: "source" | "target"): SentenceState {
  return {
    lit: row.litId === id || row.pinnedId === id,
    pinned: row.pinnedId === id,
    tabbable: side === "source" && row.tabbableId === id,
  };
}
