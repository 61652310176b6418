// What the current choice would download, counted by the same SQL the export runs: the
// engine that produced the English and who reviewed it are separate figures, and the
// drafts the choice leaves out are said, with a one-click way to include them.
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { exportQueryString, type ExportOptions } from "@/lib/export/export-options";
import type { ExportStats } from "@/lib/export/export-stats";
import { UNKNOWN_ENGINE, UNKNOWN_REVIEWER } from "@/lib/export/stats-keys";
import { EngineName } from "../_components/ui/engine-name";

type Props = { options: ExportOptions; stats: ExportStats | null; onIncludeDrafts: () => void };

export function ExportStatsPanel({ options, stats, onIncludeDrafts }: Props) {
  const t = useTranslations("Export");
  const format = useFormatter();
  if (!stats) return <p className="text-sm text-muted">{t("glossaryStats")}</p>;
  const reviewers: [ReactNode, string, string][] = Object.entries(stats.byReviewer).map(([reviewer, count]) => [
    reviewer === UNKNOWN_REVIEWER ? t("unknownReviewer") : reviewer,
    format.number(count),
    `reviewer-${reviewer}`,
  ]);
  if (stats.unreviewed > 0) reviewers.push([t("notReviewed"), format.number(stats.unreviewed), "unreviewed"]);
  return (
    <div className="space-y-4 text-sm" data-testid="export-stats">
      <ul className="space-y-1">
        <li className="text-2xl font-semibold" data-testid="export-pairs">
          {t("pairs", { count: stats.pairs })}
        </li>
        <li>{t("sourceWords", { count: stats.sourceWords })}</li>
        <li>{t("targetWords", { count: stats.targetWords })}</li>
      </ul>
      {stats.draftsLeftOut > 0 && (
        <p data-testid="export-drafts-left-out" className="rounded-md border border-draft/35 bg-draft/10 px-3 py-2">
          {t("draftsLeftOut", { count: stats.draftsLeftOut })}{" "}
          {/* A real link, so it works without script; with script it ticks the box in place. */}
          <a
            href={`/export?${exportQueryString({ ...options, drafts: true })}`}
            onClick={(event) => {
              event.preventDefault();
              onIncludeDrafts();
            }}
            data-testid="export-include-drafts"
            className="font-semibold text-accent"
          >
            {t("includeDrafts")}
          </a>
        </p>
      )}
      <Breakdown title={t("byStatus")} testId="export-by-status" rows={Object.entries(stats.byStatus).map(([status, count]) => [t("statusName", { status }), format.number(count), status])} />
      <Breakdown
        title={t("byEngine")}
        testId="export-by-engine"
        rows={Object.entries(stats.byEngine).map(([engine, count]) => [
          engine === UNKNOWN_ENGINE ? t("unknownEngine") : <EngineName engine={engine} />,
          format.number(count),
          engine,
        ])}
      />
      <Breakdown title={t("byReviewer")} testId="export-by-reviewer" rows={reviewers} />
    </div>
  );
}

function Breakdown({ title, rows, testId }: { title: string; rows: [ReactNode, string, string][]; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h3 className="font-medium text-muted">{title}</h3>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {rows.map(([label, count, key]) => (
          <div key={key} className="contents">
            <dt>{label}</dt>
            <dd className="text-right tabular-nums">{count}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
