import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GlossaryEntrySummary } from "@/lib/glossary/types";
import { EntityTypeBadge } from "./entity-type-badge";
import { RenderingEditor } from "./rendering-editor";
import { NotANameButton } from "./not-a-name-button";

/** The glossary list: each entry with its spellings, type, English (editable in place) and use. */
export function GlossaryTable({ entries }: { entries: GlossaryEntrySummary[] }) {
  const t = useTranslations("Glossary");
  return (
    <ul data-testid="glossary-list" className="divide-y divide-line rounded-xl border border-line bg-surface">
      {entries.map((entry) => (
        <li key={entry.id} data-entry-id={entry.id} data-testid="glossary-entry" className="grid gap-3 px-5 py-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_9rem] md:items-start">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/glossary/${entry.id}`} lang="id" className="font-serif text-lg font-semibold text-ink">
                {entry.source}
              </Link>
              <EntityTypeBadge type={entry.type} />
              {entry.doNotTranslate && <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">{t("doNotTranslate")}</span>}
              <NotANameButton entryId={entry.id} name={entry.source} />
            </div>
            {entry.variants.length > 0 && (
              <p lang="id" className="truncate text-sm text-muted">{entry.variants.join(" · ")}</p>
            )}
          </div>
          <RenderingEditor entryId={entry.id} name={entry.source} target={entry.target} compact />
          <p className="text-sm text-muted md:text-end">
            <span className="block">{t("documents", { count: entry.documentCount })}</span>
            <span className="block">{t("mentions", { count: entry.mentionCount })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
