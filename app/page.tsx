// The library: add an article, see every article with its translation progress,
// filtered and ordered through the URL (?status=&source=&edits=&sort=), a page at a time
// in date order (?after=).
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { readLibrary } from "@/lib/documents/read-library";
import { isFiltered, parseLibraryFilter } from "@/lib/documents/library-filter";
import { exportContents } from "@/lib/export/export-body";
import { exportQueryString, type ExportOptions } from "@/lib/export/export-options";
import { IngestPanel } from "./_components/library/ingest-panel";
import { DocumentList } from "./_components/library/document-list";
import { LibraryFilters } from "./_components/library/library-filters";
import { RefreshWhileTranslating } from "./_components/library/refresh-while-translating";
import { TrashedNotice } from "./_components/lifecycle/trashed-notice";
import { getTrashedDocument } from "@/lib/documents/list-trash";

// The library's one-click download: every translated pair of the corpus, as TSV, each pair once.
const LIBRARY_EXPORT: ExportOptions = { format: "tsv", status: "translated", drafts: false, dedupe: true, header: false, columns: "pair", spreadsheet: false, documentIds: null };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LibraryPage({ searchParams }: Props) {
  // The list changes with every ingest and translated batch: never prerender it.
  await connection();
  const params = await searchParams;
  const filter = parseLibraryFilter(params);
  // Right after a delete the library offers to undo it (only while it is still in the trash).
  const trashedId = typeof params.trashed === "string" ? params.trashed : null;
  const after = typeof params.after === "string" ? params.after : null;
  const [{ documents, sources, totalInLibrary, next, paged }, t, trashed] = await Promise.all([
    readLibrary(filter, after),
    getTranslations("Library"),
    trashedId ? getTrashedDocument(trashedId) : null,
  ]);
  const translating = documents.some((d) => d.status === "translating");
  const filtered = isFiltered(filter);
  // Exports leave unreviewed drafts out by default; a library read from drafts (no neural
  // model yet) would otherwise have nothing to download. So the one-click link includes
  // them when there are any, and its label says so; with nothing at all, there is no link.
  const corpus = await exportContents(LIBRARY_EXPORT);
  const withDrafts = corpus.draftsLeftOut > 0;
  const exportHref = `/api/export?${exportQueryString({ ...LIBRARY_EXPORT, drafts: withDrafts })}`;
  const canExport = !corpus.empty || withDrafts;
  return (
    <div className="space-y-12">
      <section aria-labelledby="library-heading" className="max-w-3xl space-y-2">
        <h1 id="library-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="text-lg text-muted">{t("intro")}</p>
        {totalInLibrary > 0 && (
          <a href="#ingest-heading" className="inline-block pt-1 text-sm font-medium text-accent">
            {t("addArticleLink")}
          </a>
        )}
        {trashed && <TrashedNotice key={trashed.id} documentId={trashed.id} title={trashed.title} />}
      </section>

      {/* A new library starts with the form; a used one with the articles, which is what people come back for. */}
      {totalInLibrary === 0 && <IngestPanel />}

      <section aria-labelledby="documents-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3 border-b border-line pb-3">
          <div>
            <h2 id="documents-heading" className="text-xl font-semibold">
              {t("listHeading")}
            </h2>
            <p data-testid="library-count" className="text-sm text-muted">
              {paged
                ? t("pageCount", { count: documents.length, total: totalInLibrary })
                : filtered
                  ? t("countFiltered", { count: documents.length, total: totalInLibrary })
                  : t("count", { count: documents.length })}
            </p>
          </div>
          {totalInLibrary > 0 && canExport && (
            <a
              href={exportHref}
              download
              data-testid="export-tsv"
              title={withDrafts ? t("exportAllWithDraftsHint", { count: corpus.draftsLeftOut }) : t("exportAllHint")}
              className="inline-flex items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink no-underline shadow-sm hover:bg-sunken"
            >
              <DownloadIcon />
              {withDrafts ? t("exportAllWithDrafts") : t("exportAll")}
            </a>
          )}
        </div>
        {totalInLibrary > 0 && <LibraryFilters filter={filter} sources={sources} />}
        <DocumentList documents={documents} filtered={filtered} />
        {paged && (
          <nav aria-label={t("pagesLabel")} data-testid="library-pages" className="flex flex-wrap gap-4 text-sm font-medium">
            {after && <a href={`/?${pageQuery(params, null)}`}>{t("firstPage")}</a>}
            {next && <a href={`/?${pageQuery(params, next)}`} data-testid="library-next-page">{t("nextPage")}</a>}
          </nav>
        )}
      </section>
      {totalInLibrary > 0 && <IngestPanel />}
      <RefreshWhileTranslating active={translating} />
    </div>
  );
}

/** The page's own filters with another page's cursor (none: the first page). */
function pageQuery(params: Record<string, string | string[] | undefined>, after: string | null): string {
  const query = new URLSearchParams();
  for (const key of ["status", "source", "edits", "sort"]) {
    const value = params[key];
    if (typeof value === "string" && value) query.set(key, value);
  }
  if (after) query.set("after", after);
  return query.toString();
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M10 3v10m0 0-4-4m4 4 4-4M4 15.5h12" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
