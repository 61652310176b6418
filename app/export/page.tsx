// /export — choose a format and a selection, see what it holds, download it. The page
// reads its choice from the address; with script, every change to the form replaces
// the address at once, so the statistics and the download link follow the form as it
// stands (see ExportWorkspace). Without script the form is a GET form with Apply.
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listDocuments } from "@/lib/documents/list-documents";
import { exportContents } from "@/lib/export/export-body";
import { parseExportQuery } from "@/lib/export/export-options";
import { getExportStats } from "@/lib/export/export-stats";
import { ExportWorkspace } from "./export-workspace";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportPage({ searchParams }: Props) {
  await connection();
  const params = toSearchParams(await searchParams);
  const parsed = parseExportQuery(params);
  const fallback = parseExportQuery(new URLSearchParams());
  const options = parsed.ok ? parsed.options : fallback.ok ? fallback.options : null;
  if (!options) throw new Error("default export options failed to parse");
  const [documents, t] = await Promise.all([listDocuments(), getTranslations("Export")]);
  // Counted with the export's own WHERE clause, so the figures are what the link downloads.
  const stats = options.format === "glossary" ? null : await getExportStats(options);
  const empty = stats ? stats.pairs === 0 : (await exportContents(options)).empty;
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
      <ExportWorkspace options={options} documents={documents.map((d) => ({ id: d.id, title: d.title }))} stats={stats} empty={empty} />
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
