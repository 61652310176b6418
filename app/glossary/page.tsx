// The glossary: every named entity across the corpus, filtered by type and searched,
// with each English rendering editable in place.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { ENTITY_TYPES } from "@/lib/glossary/types";
import { GlossaryFilter } from "@/app/_components/glossary/glossary-filter";
import { GlossaryTable } from "@/app/_components/glossary/glossary-table";
import { listSuppressed } from "@/lib/glossary/list-suppressed";
import { NotANameNotice, SuppressedList } from "@/app/_components/glossary/suppressed-list";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: `${t("heading")} · Selaras` };
}

export default async function GlossaryPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 300) : "";
  const type = ENTITY_TYPES.find((t) => t === params.type) ?? null;
  const [entries, suppressed, t] = await Promise.all([listGlossary({ type, query }), listSuppressed(), getTranslations("Glossary")]);
  // Right after "Not a name" the page offers to undo it (?hidden=<key>).
  const hidden = typeof params.hidden === "string" ? suppressed.find((s) => s.keys.includes(params.hidden as string)) : undefined;
  const filtered = query !== "" || type !== null;
  const download = `/api/glossary?${new URLSearchParams({ format: "tsv", ...(type ? { type } : {}), ...(query ? { q: query } : {}) })}`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="glossary-heading" className="max-w-3xl space-y-2">
        <h1 id="glossary-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("heading")}</h1>
        <p className="text-lg text-muted">{t("intro")}</p>
      </section>
      {hidden && <NotANameNotice key={hidden.key} suppression={hidden} />}
      <GlossaryFilter query={query} type={type} />
      <section aria-label={t("entriesLabel")} className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3 border-b border-line pb-3">
          <p className="text-sm text-muted" data-testid="glossary-count">{t("count", { count: entries.length })}</p>
          {entries.length > 0 && (
            <a href={download} download title={t("exportHint")} data-testid="glossary-tsv" className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink no-underline shadow-sm hover:bg-sunken">
              {t("exportTsv")}
            </a>
          )}
        </div>
        {entries.length > 0 ? (
          <GlossaryTable entries={entries} />
        ) : (
          <div className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-12 text-center">
            <p className="font-serif text-xl font-semibold">{filtered ? t("noMatch") : t("emptyTitle")}</p>
            {!filtered && <p className="mx-auto mt-2 max-w-prose text-muted">{t("emptyBody")}</p>}
          </div>
        )}
      </section>
      {suppressed.length > 0 && <SuppressedList suppressed={suppressed} />}
    </div>
  );
}
