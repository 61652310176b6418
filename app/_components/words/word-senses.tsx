"use client";
// The dictionary part of the word popover: the word cut at its affixes, what each affix
// does, and the senses most likely first; for a glossary name, the name's entry instead.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DictionaryEntry } from "@/lib/dictionary/types";

export function WordSenses({ entry }: { entry: DictionaryEntry }) {
  const t = useTranslations("WordHelp");
  const tGlossary = useTranslations("Glossary");
  if (entry.entry) {
    return (
      <div data-testid="word-entry">
        <p>{t("nameEntry", { name: entry.entry.source })}</p>
        <p lang="en">{entry.entry.target ? tGlossary("markEnglish", { target: entry.entry.target }) : tGlossary("noTarget")}</p>
        <Link href={`/glossary/${encodeURIComponent(entry.entry.id)}`} className="font-medium text-accent underline">{tGlossary("openEntry")}</Link>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <p data-testid="word-analysis">
        <span lang="id" className="font-mono">{entry.spelled}</span>
        {entry.root !== entry.word.toLowerCase() && <span>{" · "}{t("root", { root: entry.root })}</span>}
      </p>
      {entry.affixes.length > 0 && (
        <ul data-testid="word-affixes" aria-label={t("affixesLabel")} className="flex flex-wrap gap-x-3 text-xs text-muted">
          {entry.affixes.map((affix, i) => (
            <li key={`${affix.form}-${i}`}>
              <span lang="id" className="font-mono text-ink">{affix.form === "R" ? t("reduplicated") : affix.form}</span> {t(`affixRoles.${affix.role}`)}
            </li>
          ))}
        </ul>
      )}
      {entry.senses.length === 0 ? (
        <p data-testid="word-unknown">{t("unknown")}</p>
      ) : (
        <ol data-testid="word-senses" aria-label={t("sensesLabel")} className="list-decimal ps-5" lang="en">
          {entry.senses.map((sense) => (
            <li key={sense.gloss}>
              {sense.gloss}
              {sense.of === "root" && <span className="text-muted" lang={undefined}> {t("ofRoot", { root: entry.root })}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
