// Cuts a sentence into plain and marked runs for rendering. Marks that overlap an earlier
// one or fall outside the text (a stale offset after an edit) are skipped, so the text
// itself always comes out whole and in order.
export type Run<M> = { text: string; mark: M | null };

export function markRuns<M extends { start: number; end: number }>(text: string, marks: readonly M[]): Run<M>[] {
  const runs: Run<M>[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < at || mark.end <= mark.start || mark.end > text.length) continue;
    if (mark.start > at) runs.push({ text: text.slice(at, mark.start), mark: null });
    runs.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: null });
  return runs;
}
