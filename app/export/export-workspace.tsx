"use client";
// The form and what it would download, kept in step. Every change replaces the address
// (no history entry), which re-renders the page's statistics on the server; until they
// arrive the figures are marked as updating and the download link is disabled, so the
// link can never fetch a choice other than the one on screen.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { exportQueryString, parseExportQuery, type ExportOptions } from "@/lib/export/export-options";
import type { ExportStats } from "@/lib/export/export-stats";
import { ExportForm } from "./export-form";
import { ExportStatsPanel } from "./export-stats-panel";

type Props = { options: ExportOptions; documents: { id: string; title: string }[]; stats: ExportStats | null; empty: boolean };

export function ExportWorkspace({ options, documents, stats, empty }: Props) {
  const t = useTranslations("Export");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const shownQuery = exportQueryString(options);
  const [formQuery, setFormQuery] = useState(shownQuery);
  // Set once script runs, so tests (and styles) can tell the live form from the plain GET form.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const follow = useCallback(() => {
    if (!form.current) return;
    const query = queryOf(form.current);
    setFormQuery(query);
    if (query !== shownQuery) startTransition(() => router.replace(`/export?${query}`, { scroll: false }));
  }, [router, shownQuery]);

  // The form is the truth: if the page was rendered for another choice (an address
  // typed by hand, a restored form after going back), bring the page to the form.
  useEffect(() => {
    if (!pending) follow();
  }, [pending, follow]);

  const stale = pending || formQuery !== shownQuery;
  const includeDrafts = () => {
    const drafts = form.current?.elements.namedItem("drafts");
    if (drafts instanceof HTMLInputElement) drafts.checked = true;
    follow();
  };
  return (
    <div data-testid="export-workspace" data-hydrated={live} className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <ExportForm ref={form} options={options} documents={documents} onChange={follow} />
      <aside aria-labelledby="export-stats-heading" aria-busy={stale} className="space-y-4 rounded-lg border border-line bg-surface p-5 shadow-sm lg:self-start">
        <h2 id="export-stats-heading" className="text-lg font-semibold">
          {t("statsHeading")}
        </h2>
        <div className={stale ? "opacity-50" : undefined}>
          <ExportStatsPanel options={options} stats={stats} onIncludeDrafts={includeDrafts} />
        </div>
        <p role="status" className="text-sm text-muted">
          {stale ? t("updating") : ""}
        </p>
        <DownloadLink href={`/api/export?${shownQuery}`} stale={stale} empty={empty} glossary={options.format === "glossary"} />
      </aside>
    </div>
  );
}

const BUTTON = "inline-flex items-center gap-2 rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline shadow-sm hover:opacity-90";

function DownloadLink({ href, stale, empty, glossary }: { href: string; stale: boolean; empty: boolean; glossary: boolean }) {
  const t = useTranslations("Export");
  if (!stale && empty) {
    return (
      <p data-testid="export-empty" className="rounded-md border border-line bg-sunken px-3 py-2 text-sm">
        {glossary ? t("emptyGlossary") : t("empty")}
      </p>
    );
  }
  // A link without href cannot be followed; aria-disabled tells assistive technology why.
  return stale ? (
    <a role="link" aria-disabled="true" data-testid="export-download" className={`${BUTTON} cursor-not-allowed opacity-50`}>
      {t("download")}
    </a>
  ) : (
    <a href={href} download data-testid="export-download" className={BUTTON}>
      {t("download")}
    </a>
  );
}

/** The form's choice, normalised the way the page and the API read it. */
function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") params.append(key, value);
  const parsed = parseExportQuery(params);
  return parsed.ok ? exportQueryString(parsed.options) : params.toString();
}
