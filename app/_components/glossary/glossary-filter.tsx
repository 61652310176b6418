import { useTranslations } from "next-intl";
import { ENTITY_TYPES } from "@/lib/glossary/types";
import type { EntityType } from "@/lib/text/entities";

/** A plain GET form: the filter lives in the address, so it can be bookmarked and shared. */
export function GlossaryFilter({ query, type }: { query: string; type: EntityType | null }) {
  const t = useTranslations("Glossary");
  return (
    <form role="search" action="/glossary" aria-label={t("filterLabel")} className="flex flex-wrap items-end gap-3">
      <div className="min-w-60 flex-1 space-y-1">
        <label htmlFor="glossary-q" className="block text-sm font-medium">{t("searchLabel")}</label>
        <input
          id="glossary-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t("searchPlaceholder")}
          className="w-full rounded-md border border-line bg-surface px-3 py-1.5 text-sm focus-visible:border-accent"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="glossary-type" className="block text-sm font-medium">{t("typeLabel")}</label>
        <select id="glossary-type" name="type" defaultValue={type ?? ""} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
          <option value="">{t("allTypes")}</option>
          {ENTITY_TYPES.map((value) => (
            <option key={value} value={value}>{t(`types.${value}`)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink shadow-sm hover:opacity-90">
        {t("filter")}
      </button>
      {(query || type) && (
        <a href="/glossary" className="px-2 py-1.5 text-sm text-muted">{t("clearFilter")}</a>
      )}
    </form>
  );
}
