// The corpus at a glance: how much is translated and reviewed, by which engine, when
// articles arrived, and the names the articles mention most.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getCorpusOverview } from "@/lib/overview/get-corpus-overview";
import { BarTable } from "@/app/_components/overview/bar-table";
import { ColumnChart } from "@/app/_components/overview/column-chart";
import { OverviewCard } from "@/app/_components/overview/overview-card";
import { EngineName } from "@/app/_components/ui/engine-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Overview");
  return { title: `${t("heading")} · Selaras` };
}

const STATUS_TONE = { pending: "fill-line", machine: "fill-muted", memory: "fill-muted", edited: "fill-draft", approved: "fill-accent", reference: "fill-muted" } as const;

export default async function OverviewPage() {
  await connection();
  const [overview, t] = await Promise.all([getCorpusOverview(), getTranslations("Overview")]);
  const total = overview.overTime.buckets.reduce((sum, b) => sum + b.count, 0);
  return (
    <div className="space-y-8">
      <section aria-labelledby="overview-heading" className="max-w-3xl space-y-2">
        <h1 id="overview-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("heading")}</h1>
        <p data-testid="overview-totals" className="text-lg text-muted">{t("totals", { documents: overview.documents, sentences: overview.sentences })}</p>
      </section>
      {overview.documents === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-12 text-center">
          <p className="font-serif text-xl font-semibold">{t("emptyTitle")}</p>
          <p className="mx-auto mt-2 max-w-prose text-muted">{t("emptyBody")}</p>
        </div>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <OverviewCard id="overview-status" title={t("byStatus")}>
            <BarTable caption={t("byStatus")} countLabel={t("sentences")} rows={overview.byStatus.map((s) => ({ key: s.key, label: t(`status.${s.key}`), count: s.count, tone: STATUS_TONE[s.key] }))} />
          </OverviewCard>
          <OverviewCard id="overview-engine" title={t("byEngine")}>
            {overview.byEngine.length === 0 ? (
              <p className="text-sm text-muted">{t("noEngine")}</p>
            ) : (
              <BarTable caption={t("byEngine")} countLabel={t("sentences")} rows={overview.byEngine.map((e) => ({ key: e.key ?? "-", label: e.key ? <EngineName engine={e.key} /> : t("unknownEngine"), count: e.count }))} />
            )}
          </OverviewCard>
          <OverviewCard id="overview-time" title={t(overview.overTime.unit === "day" ? "perDay" : "perMonth")}>
            <ColumnChart
              data={overview.overTime}
              summary={t("timeSummary", { total, first: overview.overTime.buckets[0]?.key ?? "", last: overview.overTime.buckets.at(-1)?.key ?? "" })}
              caption={t(overview.overTime.unit === "day" ? "perDay" : "perMonth")}
              keyLabel={t(overview.overTime.unit === "day" ? "day" : "month")}
              countLabel={t("articles")}
            />
          </OverviewCard>
          <OverviewCard id="overview-entities" title={t("topEntities")}>
            {overview.topEntities.length === 0 ? (
              <p data-testid="entities-empty" className="text-sm text-muted">{t("noEntities")}</p>
            ) : (
              <BarTable
                caption={t("topEntities")}
                countLabel={t("mentions")}
                rows={overview.topEntities.map((e) => ({
                  key: e.id,
                  label: (
                    <Link href={`/glossary/${e.id}`} lang="id" className="font-medium text-ink">
                      {e.source}
                    </Link>
                  ),
                  count: e.mentions,
                }))}
              />
            )}
          </OverviewCard>
        </div>
      )}
    </div>
  );
}
