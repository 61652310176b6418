"use client";
// The /words list: search, sort, one key per status (1 new, 2 learning, 3 known on a
// focused row), removal, the exports and the reader's tint switch.
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { SavedWordView, WordStatusName } from "@/lib/words/types";
import { loadWords, readTint, removeWord, setWordStatus, writeTint, type WordStoreKind } from "./word-store";
import { WordRow } from "./word-row";
import { WordsExport } from "./words-export";

const SORTS = ["newest", "oldest", "word", "status"] as const;
type Sort = (typeof SORTS)[number];
const SORT_LABEL = { newest: "sortNewest", oldest: "sortOldest", word: "sortWord", status: "sortStatus" } as const;
const STATUS_ORDER: Record<WordStatusName, number> = { new: 0, learning: 1, known: 2 };

function arrange(words: readonly SavedWordView[], query: string, sort: Sort): SavedWordView[] {
  const q = query.trim().toLowerCase();
  const found = q ? words.filter((w) => [w.word, w.root, w.gloss, w.source, w.target].some((text) => text.toLowerCase().includes(q))) : [...words];
  const byWord = (a: SavedWordView, b: SavedWordView) => a.word.localeCompare(b.word, "id");
  const compare = {
    newest: (a: SavedWordView, b: SavedWordView) => b.createdAt.localeCompare(a.createdAt) || byWord(a, b),
    oldest: (a: SavedWordView, b: SavedWordView) => a.createdAt.localeCompare(b.createdAt) || byWord(a, b),
    word: byWord,
    status: (a: SavedWordView, b: SavedWordView) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byWord(a, b),
  }[sort];
  return found.sort(compare);
}

export function WordsList() {
  const t = useTranslations("Words");
  const [kind, setKind] = useState<WordStoreKind | null>(null);
  const [words, setWords] = useState<SavedWordView[]>([]);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<Sort>("newest");
  const [tint, setTint] = useState(false);
  const refresh = useCallback(() => loadWords().then((result) => (setKind(result.kind), setWords(result.words))), []);
  useEffect(() => {
    setTint(readTint());
    void refresh();
  }, [refresh]);
  const shown = useMemo(() => arrange(words, query, sort), [words, query, sort]);

  const changeStatus = async (id: string, status: WordStatusName) => {
    if (!kind) return;
    setWords((current) => current.map((w) => (w.id === id ? { ...w, status } : w)));
    await setWordStatus(kind, id, status).catch(refresh);
  };
  const remove = async (id: string) => {
    if (!kind) return;
    setWords((current) => current.filter((w) => w.id !== id));
    await removeWord(kind, id).catch(refresh);
  };

  return (
    <div data-testid="words-page" data-ready={kind ? "true" : undefined} data-store={kind ?? undefined} className="space-y-4">
      {kind === "browser" && <p role="note" className="rounded-lg border border-accent/30 bg-accent-soft px-4 py-2 text-sm">{t("browserNote")}</p>}
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-56 flex-1 flex-col text-sm">
          {t("search")}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="words-search" className="rounded-lg border border-line bg-surface px-3 py-2 text-base" />
        </label>
        <label className="flex flex-col text-sm">
          {t("sort")}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} data-testid="words-sort" className="rounded-lg border border-line bg-surface px-3 py-2 text-base">
            {SORTS.map((s) => <option key={s} value={s}>{t(SORT_LABEL[s])}</option>)}
          </select>
        </label>
        <WordsExport kind={kind} words={words} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={tint} data-testid="words-tint" onChange={(e) => (setTint(e.target.checked), writeTint(e.target.checked))} />
        {t("tint")}
      </label>
      <p className="text-sm text-muted">{t("keysHint")} <span role="status">{t("count", { count: shown.length })}</span></p>
      {kind && words.length === 0 && <p>{t("empty")}</p>}
      {kind && words.length > 0 && shown.length === 0 && <p>{t("noMatch")}</p>}
      <ul data-testid="words-list" className="space-y-3">
        {shown.map((word) => <WordRow key={word.id} word={word} onStatus={(s) => changeStatus(word.id, s)} onRemove={() => remove(word.id)} />)}
      </ul>
    </div>
  );
}
