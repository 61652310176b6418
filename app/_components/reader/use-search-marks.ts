"use client";
// After following a search result (?q=…), the searched words are marked throughout the
// article. The CSS Custom Highlight API paints them without adding a single DOM node, so
// the memoised rows and the glossary marks are untouched; browsers without it show none.
import { useEffect } from "react";
import { queryTerms, termSpans } from "@/lib/search/term-spans";

const HIGHLIGHT = "search-terms";

export function useSearchMarks(root: React.RefObject<HTMLElement | null>, revision: unknown): void {
  useEffect(() => {
    const element = root.current;
    const terms = queryTerms(new URLSearchParams(window.location.search).get("q") ?? "");
    if (!element || terms.length === 0 || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(".sentence") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const span of termSpans(node.textContent ?? "", terms)) {
        const range = new Range();
        range.setStart(node, span.start);
        range.setEnd(node, span.end);
        ranges.push(range);
      }
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [root, revision]);
}
