import { getTranslations } from "next-intl/server";

/** A plain GET form to /search: works before hydration and without JavaScript. */
export async function SearchBox() {
  const t = await getTranslations("Header");
  return (
    <form role="search" action="/search" aria-label={t("searchLabel")} className="relative flex min-w-0 items-center">
      <label htmlFor="site-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute start-2.5 size-4 text-muted" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="m13 13 4 4" strokeLinecap="round" />
      </svg>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder={t("searchPlaceholder")}
        className="w-full min-w-0 rounded-lg border border-line bg-sunken py-1.5 pe-3 ps-8 text-sm placeholder:text-muted focus:bg-surface sm:w-48"
      />
      <button type="submit" className="sr-only focus:not-sr-only focus:ms-2 focus:rounded-md focus:bg-accent focus:px-3 focus:py-1.5 focus:text-sm focus:text-accent-ink">
        {t("searchSubmit")}
      </button>
    </form>
  );
}
