import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GlossaryMention } from "@/lib/glossary/types";
import { markRuns } from "@/lib/glossary/mark-runs";

/** Every mention of an entry: the sentence with the name highlighted, its translation, the article. */
export function Concordance({ mentions }: { mentions: GlossaryMention[] }) {
  const t = useTranslations("Glossary");
  return (
    <ol data-testid="concordance" className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {mentions.map((m) => (
        <li key={`${m.segmentId}:${m.start}`} data-testid="concordance-line" className="grid gap-x-8 gap-y-1 px-5 py-3 md:grid-cols-2">
          <p lang="id" className="font-serif leading-7">
            {markRuns(m.source, [m]).map((run, i) =>
              run.mark ? (
                <mark key={i} className="rounded-sm bg-lit px-0.5 text-ink">{run.text}</mark>
              ) : (
                <span key={i}>{run.text}</span>
              ),
            )}
          </p>
          <p lang="en" className="font-serif leading-7 text-ink/90">
            {m.target ?? <em className="text-muted">{t("notTranslated")}</em>}
          </p>
          <p className="text-xs text-muted md:col-span-2">
            <Link href={`/documents/${m.documentId}#segment-${m.segmentId}`} lang="id" title={t("openDocument")}>
              {m.documentTitle}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
