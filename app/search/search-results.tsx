import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SearchGroup } from "@/lib/search/types";
import { StatusBadge } from "../_components/ui/status-badge";
import { HighlightedText } from "./highlighted-text";

/** One card per article; each sentence opens the reader at that sentence, lit. */
export function SearchResults({ groups, query }: { groups: SearchGroup[]; query: string }) {
  return (
    <ol data-testid="search-results" className="space-y-6">
      {groups.map((group) => (
        <SearchGroupCard key={group.documentId} group={group} query={query} />
      ))}
    </ol>
  );
}

function SearchGroupCard({ group, query }: { group: SearchGroup; query: string }) {
  const t = useTranslations("Search");
  const headingId = `result-${group.documentId}`;
  const more = group.matchCount - group.hits.length;
  return (
    <li data-testid="search-group" data-document-id={group.documentId} aria-labelledby={headingId} className="overflow-hidden rounded-2xl border border-line bg-surface shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-line px-5 py-3">
        <h2 id={headingId} className="min-w-0 font-serif text-lg font-semibold leading-snug">
          {/* The query travels along, so the article opens with the words lit. */}
          <Link href={`/documents/${group.documentId}?${new URLSearchParams({ q: query })}`} lang="id" data-testid="search-group-link" className="text-ink no-underline hover:underline">
            {group.title}
          </Link>
        </h2>
        <p className="flex items-center gap-3 text-sm text-muted">
          {group.documentStatus !== "ready" && <StatusBadge status={group.documentStatus} />}
          {t("matches", { count: group.matchCount })}
        </p>
      </div>
      <ul className="divide-y divide-line/70">
        {group.hits.map((hit) => (
          <li key={hit.segmentId}>
            <Link
              href={`/documents/${group.documentId}?${new URLSearchParams({ q: query })}#segment-${hit.segmentId}`}
              data-testid="search-hit"
              data-segment-id={hit.segmentId}
              className="grid gap-x-8 gap-y-1 px-5 py-3 text-ink no-underline hover:bg-sunken/60 md:grid-cols-2"
            >
              <span lang="id" className="font-serif leading-7">
                <HighlightedText parts={hit.source} />
              </span>
              <span lang="en" className="font-serif leading-7 text-ink/85">
                {hit.target ? <HighlightedText parts={hit.target} /> : <span className="italic text-muted">{t("notTranslated")}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="border-t border-line px-5 py-2 text-sm text-muted">{t("more", { count: more })}</p>}
    </li>
  );
}
