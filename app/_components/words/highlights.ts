// Named CSS Custom Highlights (painted in globals.css): no DOM node is added, so the
// memoised rows and the windowed list are untouched. Browsers without the API show none.
export function paint(name: string, ranges: readonly Range[]): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function highlightSize(name: string): number {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return 0;
  return CSS.highlights.get(name)?.size ?? 0;
}
