import { useTranslations } from "next-intl";
import type { IngestReport } from "@/lib/documents/types";
import { RestoreButton } from "./restore-button";

type Props = { documentId: string; report: IngestReport; onRestored: () => Promise<void> };

/** What cleaning did to the text, so nothing disappears silently, and a way to undo it line by line. */
export function IngestReportPanel({ documentId, report, onRestored }: Props) {
  const t = useTranslations("Report");
  const { removed, duplicateParagraphs, warnings } = report;
  const clean = removed.length === 0 && duplicateParagraphs === 0 && warnings.length === 0 && !report.pastedHtml;
  return (
    <section aria-labelledby="ingest-report-heading" className="rounded-xl border border-line bg-surface px-4 py-3 text-sm">
      <h2 id="ingest-report-heading" className="text-xs font-semibold uppercase tracking-wider text-muted">
        {t("heading")}
      </h2>
      {clean && <p className="mt-1 text-muted">{t("clean")}</p>}
      {report.pastedHtml && <p data-testid="pasted-html-notice" className="mt-1 text-ink">{t("pastedHtml")}</p>}
      {warnings.length > 0 && (
        <div className="mt-2">
          <h3 className="sr-only">{t("warnings")}</h3>
          <ul className="space-y-1">
            {warnings.map((warning) => (
              <li key={warning} className="flex gap-2 text-draft">
                <span aria-hidden="true">⚠</span>
                {warning}
              </li>
            ))}
          </ul>
        </div>
      )}
      {removed.length > 0 && (
        <details className="group mt-2">
          <summary className="cursor-pointer select-none text-ink marker:text-muted">
            {t("removed", { count: removed.length })}
            <span className="ms-2 text-muted group-open:hidden">· {t("showRemoved")}</span>
          </summary>
          <ul className="mt-2 max-h-64 space-y-1 overflow-auto rounded-lg bg-sunken p-3">
            {removed.map((entry, i) => (
              <li key={`${i}:${entry.line}`} data-testid="removed-line" className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span lang="id" className="text-ink line-through decoration-muted/50">{entry.line}</span>
                <span className="rounded bg-surface px-1.5 text-xs text-muted">{entry.reason}</span>
                <RestoreButton documentId={documentId} line={entry.line} onRestored={onRestored} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {duplicateParagraphs > 0 && <p className="mt-2 text-ink">{t("duplicates", { count: duplicateParagraphs })}</p>}
    </section>
  );
}
