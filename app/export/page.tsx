// /export — choose a format and a selection, see what it holds, download it. A plain
// GET form: the page reads its choice from the address, so it works without script
// and the download link is the same query sent to /api/export.
import { Suspense } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listDocuments } from "@/lib/documents/list-documents";
import { exportQueryString, parseExportQuery } from "@/lib/export/export-options";
import { ExportForm } from "./export-form";
import { ExportStatsPanel } from "./export-stats-panel";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportPage({ searchParams }: Props) {
  await connection();
  const params = toSearchParams(await searchParams);
  const parsed = parseExportQuery(params);
  const fallback = parseExportQuery(new URLSearchParams());
  const options = parsed.ok ? parsed.options : fallback.ok ? fallback.options : null;
  if (!options) throw new Error("default export options failed to parse");
  const [documents, t] = await Promise.all([listDocuments(), getTranslations("Export")]);
  const downloadHref = `/api/export?${exportQueryString(options)}`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="export-heading" className="max-w-3xl space-y-2">
        <h1 id="export-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="text-lg text-muted">{t("intro")}</p>
        {!parsed.ok && (
          <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            {t("invalid")}
          </p>
        )}
      </section>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ExportForm options={options} documents={documents.map((d) => ({ id: d.id, title: d.title }))} />
        <aside aria-labelledby="export-stats-heading" className="space-y-4 rounded-lg border border-line bg-surface p-5 shadow-sm lg:self-start">
          <h2 id="export-stats-heading" className="text-lg font-semibold">
            {t("statsHeading")}
          </h2>
          <Suspense key={downloadHref} fallback={<p className="text-sm text-muted">{t("counting")}</p>}>
            <ExportStatsPanel options={options} />
          </Suspense>
          <a
            href={downloadHref}
            download
            data-testid="export-download"
            className="inline-flex items-center gap-2 rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:opacity-90"
          >
            {t("download")}
          </a>
        </aside>
      </div>
    </div>
  );
}

function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}
