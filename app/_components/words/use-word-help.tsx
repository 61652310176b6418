"use client";
// Word help in the reader, from one set of listeners on the article: a click or tap on an
// Indonesian word opens its popover (a bottom sheet on phones); with a sentence focused,
// "w" steps into its words (←/→ move, Enter opens, Esc leaves). Words are found in the
// sentence's text at that moment: the server HTML carries no element per word.
import { useEffect, useRef, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { usePopoverHost } from "../ui/popover-host";
import { paint } from "./highlights";
import { readSentence, rangeOf, sentenceWords, wordAtPoint, type SentenceText } from "./sentence-text";
import { WordPopover, type WordContext } from "./word-popover";
import type { WordSpan } from "@/lib/text/words/word-at";

type Cursor = { sentence: SentenceText; words: WordSpan[]; index: number };
export type WordHelpDocument = { id: string; title: string; targetOf: (segmentId: string) => string };

const sourceSentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-testid="source-sentence"][data-segment-id]') : null;
const isPhone = () => window.matchMedia("(max-width: 40rem)").matches;

export function useWordHelp(root: RefObject<HTMLElement | null>, doc: WordHelpDocument): string {
  const host = usePopoverHost();
  const t = useTranslations("WordHelp");
  const [announcement, setAnnouncement] = useState("");
  const latest = useRef(doc);
  latest.current = doc;

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let cursor: Cursor | null = null;
    // Only the latest lookup may clear the looked-up mark: closing the one before must not.
    let latestLookup = 0;

    const open = (sentence: SentenceText, span: WordSpan, range: Range, byKeyboard: boolean) => {
      const segmentId = sentence.element.dataset.segmentId ?? "";
      const context: WordContext = {
        word: span.word, segmentId, documentId: latest.current.id, documentTitle: latest.current.title, source: sentence.text,
        target: latest.current.targetOf(segmentId), targetElementId: `tgt-${segmentId}`,
      };
      const lookup = ++latestLookup;
      paint("word-looked-up", [range]);
      host.openPopover(sentence.element, t("popoverLabel", { word: span.word }), () => <WordPopover context={context} />, {
        rect: () => range.getBoundingClientRect(),
        focus: byKeyboard || isPhone(),
        sheet: true,
        onClose: () => lookup === latestLookup && paint("word-looked-up", []),
      });
    };
    const moveCursor = (next: Cursor) => {
      cursor = next;
      const span = next.words[next.index];
      const range = span && rangeOf(next.sentence, span);
      paint("word-cursor", range ? [range] : []);
      if (span) setAnnouncement(t("cursor", { word: span.word, n: next.index + 1, total: next.words.length }));
    };
    const leave = () => {
      cursor = null;
      paint("word-cursor", []);
    };

    const onClick = (event: MouseEvent) => {
      const sentenceElement = sourceSentenceOf(event.target);
      if (!sentenceElement || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest("a, button, input, textarea, select, summary")) return;
      const sentence = readSentence(sentenceElement);
      const hit = wordAtPoint(sentence, event.clientX, event.clientY);
      if (hit) open(sentence, hit.span, hit.range, false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const sentenceElement = sourceSentenceOf(event.target);
      if (!sentenceElement || event.target !== sentenceElement) return;
      if (cursor && cursor.sentence.element !== sentenceElement) leave();
      if (!cursor) {
        if (event.key !== "w") return;
        const sentence = readSentence(sentenceElement);
        const words = sentenceWords(sentence);
        event.preventDefault();
        if (words.length === 0) return setAnnouncement(t("noWords"));
        return moveCursor({ sentence, words, index: 0 });
      }
      const step = event.key === "ArrowRight" || event.key === "w" ? 1 : event.key === "ArrowLeft" || event.key === "b" ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        return moveCursor({ ...cursor, index: Math.min(Math.max(cursor.index + step, 0), cursor.words.length - 1) });
      }
      const span = cursor.words[cursor.index];
      const range = span && rangeOf(cursor.sentence, span);
      if (event.key === "Enter" && span && range) return event.preventDefault(), open(cursor.sentence, span, range, true);
      if (event.key === "Escape") return event.preventDefault(), leave(), setAnnouncement(t("cursorLeft"));
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (cursor && !(next instanceof Node && (cursor.sentence.element.contains(next) || document.querySelector('[data-testid="shared-popover"]')?.contains(next)))) leave();
    };
    element.addEventListener("click", onClick);
    element.addEventListener("keydown", onKeyDown);
    element.addEventListener("focusout", onFocusOut);
    return () => {
      element.removeEventListener("click", onClick);
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("focusout", onFocusOut);
      leave();
    };
  }, [root, host, t]);
  return announcement;
}
