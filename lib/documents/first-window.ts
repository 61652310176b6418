// The part of a long article the server renders: the title and the first window of body
// paragraphs. The browser fetches the rest as JSON after the first paint, so the page's
// HTML stays small however long the article is. Figures the header shows for the whole
// article travel beside it in the outline.
import { countSegments, type SegmentCounts } from "./count-segments";
import { FIRST_WINDOW_SENTENCES } from "./paragraph-window";
import type { DocumentView, SegmentView } from "./types";

export type DocumentOutline = { counts: SegmentCounts; draftCount: number };

const isDraft = (s: SegmentView) => s.status === "machine" && (s.engine?.startsWith("draft:") ?? false);

/** The whole document when it fits one window (outline null), otherwise its first window and outline. */
export function firstWindowOf(document: DocumentView, budget = FIRST_WINDOW_SENTENCES): { view: DocumentView; outline: DocumentOutline | null } {
  let body = 0;
  let cut = document.paragraphs.length;
  for (let i = 0; i < document.paragraphs.length; i++) {
    const sentences = document.paragraphs[i]?.segments.filter((s) => s.kind === "body").length ?? 0;
    if (body > 0 && body + sentences > budget) {
      cut = i;
      break;
    }
    body += sentences;
  }
  if (cut === document.paragraphs.length) return { view: document, outline: null };
  const segments = document.paragraphs.flatMap((p) => p.segments);
  return {
    view: { ...document, paragraphs: document.paragraphs.slice(0, cut) },
    outline: { counts: countSegments(document.paragraphs), draftCount: segments.filter(isDraft).length },
  };
}
