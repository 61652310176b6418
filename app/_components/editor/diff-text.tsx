import { useLocale, useTranslations } from "next-intl";
import { diffWords, spacedDiff } from "@/lib/text/word-diff";

/**
 * A word diff shown inline: removals struck through, additions underlined, a space
 * between a removal and its replacement, and both named for screen readers — so it reads
 * without colour.
 */
export function DiffText({ before, after, lang }: { before: string; after: string; lang?: string }) {
  const t = useTranslations("Editor");
  // The spoken labels are in the interface language, not the diffed text's.
  const locale = useLocale();
  return (
    <span lang={lang} data-testid="diff" className="whitespace-pre-wrap">
      {spacedDiff(diffWords(before, after)).map((part, i) => (
        <span key={i}>
          {part.spaceBefore && " "}
          {part.kind === "same" ? (
            part.text
          ) : part.kind === "added" ? (
            <ins className="rounded-sm bg-accent-soft text-accent underline decoration-2 underline-offset-2">
              <span lang={locale} className="sr-only">{t("diffAdded")} </span>
              {part.text}
            </ins>
          ) : (
            <del className="rounded-sm bg-danger-soft text-danger line-through decoration-2">
              <span lang={locale} className="sr-only">{t("diffRemoved")} </span>
              {part.text}
            </del>
          )}
        </span>
      ))}
    </span>
  );
}
