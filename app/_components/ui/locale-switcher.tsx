import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * A plain form posting to a server action: it works before hydration and without
 * JavaScript, and the cookie it sets re-renders the page in the chosen language.
 */
export async function LocaleSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("LocaleSwitcher")]);
  return (
    <form action={setLocale} className="flex items-center gap-2">
      <span id="locale-switcher-label" className="sr-only">
        {t("label")}
      </span>
      <div role="group" aria-labelledby="locale-switcher-label" className="flex rounded-lg border border-line bg-sunken p-0.5 text-sm">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            aria-label={t(locale)}
            className="whitespace-nowrap rounded-md px-2.5 py-1 font-medium text-muted transition-colors hover:text-ink aria-pressed:bg-surface aria-pressed:text-ink aria-pressed:shadow-sm sm:px-3"
          >
            {/* Phones get the short code; the accessible name stays the full language name. */}
            <span aria-hidden="true" className="uppercase sm:hidden">{locale}</span>
            <span aria-hidden="true" className="hidden sm:inline">{t(locale)}</span>
          </button>
        ))}
      </div>
    </form>
  );
}
