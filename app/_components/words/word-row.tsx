"use client";
// One saved word: the word and its root, the sentence it came from with the word marked,
// the English pair, the article, and its status as a radio group that 1, 2 and 3 also set.
import Link from "next/link";
import type { KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { WORD_STATUSES, type SavedWordView, type WordStatusName } from "@/lib/words/types";
import { wordSpans } from "@/lib/text/words/word-at";

function Marked({ sentence, word }: { sentence: string; word: string }) {
  const spans = wordSpans(sentence).filter((s) => s.word.toLowerCase() === word);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(sentence.slice(at, span.start), <mark key={span.start} className="rounded-sm bg-accent-soft px-0.5 text-ink">{span.word}</mark>);
    at = span.end;
  }
  parts.push(sentence.slice(at));
  return <>{parts}</>;
}

export function WordRow({ word, onStatus, onRemove }: { word: SavedWordView; onStatus: (status: WordStatusName) => void; onRemove: () => void }) {
  const t = useTranslations("Words");
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).closest("input[type=search], select")) return;
    const status = WORD_STATUSES[Number(event.key) - 1];
    if (status && /^[123]$/.test(event.key)) (event.preventDefault(), onStatus(status));
  };
  return (
    <li tabIndex={0} onKeyDown={onKeyDown} data-testid="saved-word" data-word={word.word} data-status={word.status} aria-label={`${word.word}, ${t(`status.${word.status}`)}`} className="rounded-xl border border-line bg-surface p-4 focus-visible:outline-2 focus-visible:outline-accent">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span lang="id" className="text-lg font-semibold">{word.word}</span>
          {word.root !== word.word && <span className="ms-2 text-sm text-muted" lang="id">{t("root", { root: word.root })}</span>}
          {word.gloss && <span className="ms-2 text-sm" lang="en">{word.gloss}</span>}
        </p>
        <fieldset className="flex gap-1 text-sm">
          <legend className="sr-only">{t("statusLabel", { word: word.word })}</legend>
          {WORD_STATUSES.map((status, i) => (
            <label key={status} className={`cursor-pointer rounded-md border px-2 py-0.5 ${word.status === status ? "border-accent bg-accent-soft" : "border-line"}`}>
              <input type="radio" name={`status-${word.id}`} value={status} checked={word.status === status} onChange={() => onStatus(status)} className="sr-only" />
              <kbd className="me-1 font-mono text-xs text-muted" aria-hidden="true">{i + 1}</kbd>{t(`status.${status}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {word.source && <p lang="id" className="mt-2"><Marked sentence={word.source} word={word.word} /></p>}
      {word.target && <p lang="en" className="text-muted">{word.target}</p>}
      <div className="mt-1 flex flex-wrap justify-between gap-2 text-sm">
        {word.documentId ? (
          <Link href={`/documents/${encodeURIComponent(word.documentId)}${word.segmentId ? `#segment-${encodeURIComponent(word.segmentId)}` : ""}`} className="text-accent underline">{t("from", { title: word.documentTitle })}</Link>
        ) : <span />}
        <button type="button" onClick={onRemove} className="text-muted underline hover:text-danger">{t("remove", { word: word.word })}</button>
      </div>
    </li>
  );
}
