import { diffWords } from "@/lib/text/word-diff";

/** A word diff shown inline: removals struck through, additions underlined. */
export function DiffText({ before, after, lang }: { before: string; after: string; lang?: string }) {
  return (
    <span lang={lang} data-testid="diff" className="whitespace-pre-wrap">
      {diffWords(before, after).map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i} className="rounded-sm bg-accent-soft text-accent no-underline decoration-2 [text-decoration-line:underline]">
            {part.text}
          </ins>
        ) : (
          <del key={i} className="rounded-sm bg-danger-soft text-danger">
            {part.text}
          </del>
        ),
      )}
    </span>
  );
}
