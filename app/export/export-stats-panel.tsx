// What the current choice would download, counted by the same SQL the export runs.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ExportOptions } from "@/lib/export/export-options";
import { getExportStats, UNKNOWN_ENGINE } from "@/lib/export/export-stats";
import { EngineName } from "../_components/ui/engine-name";

export async function ExportStatsPanel({ options }: { options: ExportOptions }) {
  const [t, format] = await Promise.all([getTranslations("Export"), getFormatter()]);
  if (options.format === "glossary") return <p className="text-sm text-muted">{t("glossaryStats")}</p>;
  const stats = getExportStats(options);
  return (
    <div className="space-y-4 text-sm" data-testid="export-stats">
      <ul className="space-y-1">
        <li className="text-2xl font-semibold" data-testid="export-pairs">
          {t("pairs", { count: stats.pairs })}
        </li>
        <li>{t("sourceWords", { count: stats.sourceWords })}</li>
        <li>{t("targetWords", { count: stats.targetWords })}</li>
      </ul>
      <Breakdown title={t("byStatus")} rows={Object.entries(stats.byStatus).map(([status, count]) => [t("statusName", { status }), format.number(count), status])} />
      <Breakdown
        title={t("byEngine")}
        rows={Object.entries(stats.byEngine).map(([engine, count]) => [
          engine === UNKNOWN_ENGINE ? t("unknownEngine") : <EngineName engine={engine} />,
          format.number(count),
          engine,
        ])}
      />
    </div>
  );
}

function Breakdown({ title, rows }: { title: string; rows: [ReactNode, string, string][] }) {
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 className="font-medium text-muted">{title}</h3>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {rows.map(([label, count, key]) => (
          <div key={key} className="contents">
            <dt>{label}</dt>
            <dd className="text-right tabular-nums">{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
