// Search every sentence of the library, in Indonesian and in English.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { searchSegments } from "@/lib/search/search-segments";
import { SearchResults } from "./search-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([searchParams, getTranslations("Search")]);
  return { title: typeof q === "string" && q.trim() ? t("titleWithQuery", { query: q.trim() }) : t("title") };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const [params, t] = await Promise.all([searchParams, getTranslations("Search")]);
  const query = typeof params.q === "string" ? params.q : "";
  const result = query.trim() ? await searchSegments(query) : null;
  return (
    <div className="space-y-8">
      <section aria-labelledby="search-heading" className="max-w-3xl space-y-4">
        <h1 id="search-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
          {t("heading")}
        </h1>
        <form role="search" action="/search" aria-label={t("formLabel")} className="flex gap-2">
          <label htmlFor="search-page-input" className="sr-only">
            {t("label")}
          </label>
          <input
            id="search-page-input"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={200}
            placeholder={t("placeholder")}
            className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-4 py-2.5 text-base shadow-sm placeholder:text-muted"
          />
          <button type="submit" className="rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink shadow-sm hover:opacity-90">
            {t("submit")}
          </button>
        </form>
        <p className="text-sm text-muted">{t("hint")}</p>
      </section>
      <section aria-labelledby="search-summary" aria-live="polite" className="space-y-4">
        <h2 id="search-summary" data-testid="search-summary" className={result ? "text-sm text-muted" : "sr-only"}>
          {!result ? t("noQuery") : result.ok ? summary(t, result.total, result.groups.length, result.truncated) : t(`errors.${result.code}`)}
        </h2>
        {result?.ok && result.groups.length > 0 && <SearchResults groups={result.groups} query={query} />}
        {result?.ok && result.groups.length === 0 && (
          <div className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-10 text-center">
            <p className="font-serif text-xl font-semibold">{t("emptyTitle")}</p>
            <p className="mx-auto mt-2 max-w-prose text-muted">{t("emptyBody")}</p>
          </div>
        )}
      </section>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Search">>>;

function summary(t: Translate, total: number, documents: number, truncated: boolean): string {
  const line = t("summary", { total, documents });
  return truncated ? `${line} ${t("truncated")}` : line;
}
