"use client";
// Filters and order for the library list: a GET form, so the choice lives in the URL,
// works without JavaScript (Apply) and with it applies as soon as a value changes.
import { useTranslations } from "next-intl";
import { DOCUMENT_STATUSES } from "@/lib/documents/types";
import { EDIT_FILTERS, LIBRARY_SORTS, type LibraryFilter } from "@/lib/documents/library-filter";

const SELECT = "rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink shadow-sm";

export function LibraryFilters({ filter, sources }: { filter: LibraryFilter; sources: string[] }) {
  const t = useTranslations("Library");
  const tStatus = useTranslations("Status");
  return (
    <form
      action="/"
      data-testid="library-filters"
      aria-label={t("filtersLabel")}
      onChange={(event) => event.currentTarget.requestSubmit()}
      className="flex flex-wrap items-end gap-3"
    >
      <Field id="filter-status" label={t("filterStatus")}>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={SELECT}>
          <option value="">{t("filterAll")}</option>
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status} value={status}>{tStatus(status)}</option>
          ))}
        </select>
      </Field>
      <Field id="filter-source" label={t("filterSource")}>
        <select id="filter-source" name="source" defaultValue={filter.source ?? ""} className={`${SELECT} max-w-48`}>
          <option value="">{t("filterAll")}</option>
          {sources.map((source) => (
            <option key={source} value={source}>{source}</option>
          ))}
        </select>
      </Field>
      <Field id="filter-edits" label={t("filterEdits")}>
        <select id="filter-edits" name="edits" defaultValue={filter.edits} className={SELECT}>
          {EDIT_FILTERS.map((edits) => (
            <option key={edits} value={edits}>{t(`edits.${edits}`)}</option>
          ))}
        </select>
      </Field>
      <Field id="filter-sort" label={t("sortLabel")}>
        <select id="filter-sort" name="sort" defaultValue={filter.sort} className={SELECT}>
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort}>{t(`sort.${sort}`)}</option>
          ))}
        </select>
      </Field>
      <noscript>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">{t("applyFilters")}</button>
      </noscript>
    </form>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">{label}</label>
      {children}
    </div>
  );
}
