"use client";
// The exports: an account's come from the server (/api/words/export); a visitor's are made
// in the browser from the same pure functions, so both files are the same format.
import { useTranslations } from "next-intl";
import type { SavedWordView } from "@/lib/words/types";
import { ankiFile, wordsCsv, type WordCard } from "@/lib/text/words/anki";
import type { WordStoreKind } from "./word-store";

function card(word: SavedWordView): WordCard {
  const link = word.documentId ? `${window.location.origin}/documents/${encodeURIComponent(word.documentId)}${word.segmentId ? `#segment-${encodeURIComponent(word.segmentId)}` : ""}` : "";
  return { word: word.word, root: word.root, source: word.source, target: word.target, gloss: word.gloss, link, status: word.status, documentTitle: word.documentTitle };
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function WordsExport({ kind, words }: { kind: WordStoreKind | null; words: readonly SavedWordView[] }) {
  const t = useTranslations("Words");
  const look = "rounded-lg border border-line bg-surface px-3 py-2 text-sm font-medium hover:bg-sunken";
  if (kind === "account") {
    return (
      <div className="flex gap-2">
        <a href="/api/words/export?format=anki" download data-testid="export-anki" className={look}>{t("exportAnki")}</a>
        <a href="/api/words/export?format=csv" download data-testid="export-csv" className={look}>{t("exportCsv")}</a>
      </div>
    );
  }
  const cards = () => [...words].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(card);
  return (
    <div className="flex gap-2">
      <button type="button" data-testid="export-anki" disabled={!kind} onClick={() => download("selaras-words-anki.txt", "text/plain;charset=utf-8", ankiFile(cards()))} className={look}>{t("exportAnki")}</button>
      <button type="button" data-testid="export-csv" disabled={!kind} onClick={() => download("selaras-words.csv", "text/csv;charset=utf-8", wordsCsv(cards()))} className={look}>{t("exportCsv")}</button>
    </div>
  );
}
