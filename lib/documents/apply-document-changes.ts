// Folds a `?since=` answer into the reader's document. Pure, so it runs in the browser and
// is tested on its own. Paragraphs without a change keep their identity, so memoised rows
// do not re-render. Null means "fetch the whole document": a delta cannot say that a
// sentence was removed or moved, so a changed count or an unknown or moved sentence
// (a split, a merge, a restore) falls back to the full view.
import type { DocumentChanges, DocumentView, ParagraphView, SegmentView } from "./types";

export function applyDocumentChanges(view: DocumentView, changes: DocumentChanges): DocumentView | null {
  if (changes.id !== view.id) return null;
  const known = view.paragraphs.reduce((sum, paragraph) => sum + paragraph.segments.length, 0);
  if (known !== changes.progress.total) return null;
  const byParagraph = new Map<number, Map<string, SegmentView>>();
  for (const { paragraphIndex, ...segment } of changes.segments) {
    const changed = byParagraph.get(paragraphIndex) ?? new Map<string, SegmentView>();
    changed.set(segment.id, segment);
    byParagraph.set(paragraphIndex, changed);
  }
  let applied = 0;
  const paragraphs = view.paragraphs.map((paragraph): ParagraphView => {
    const changed = byParagraph.get(paragraph.index);
    if (!changed) return paragraph;
    const segments = paragraph.segments.map((segment) => {
      const next = changed.get(segment.id);
      if (!next || next.index !== segment.index) return segment;
      applied += 1;
      return next;
    });
    return { ...paragraph, segments };
  });
  if (applied !== changes.segments.length) return null;
  const { status, engine, engineNote, progress, changeVersion, translationFailures } = changes;
  return { ...view, status, engine, engineNote, progress, changeVersion, translationFailures, paragraphs };
}
