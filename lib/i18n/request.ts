// next-intl's per-request config, without i18n routing: the locale comes from the
// NEXT_LOCALE cookie (set by the header's switcher), else the signed-in person's stored
// preference (a browser they have not used before), else the browser's languages.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, pickLocale } from "./locales";
import { getViewerPreferences } from "@/lib/auth/viewer-preferences";

// Dates in the library and reader render on the server and the client; one explicit
// zone keeps both renders identical.
const TIME_ZONE = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export default getRequestConfig(async () => {
  const [cookieStore, headerList, preferences] = await Promise.all([cookies(), headers(), getViewerPreferences()]);
  const locale = pickLocale(cookieStore.get(LOCALE_COOKIE)?.value ?? preferences?.locale ?? undefined, headerList.get("accept-language"));
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: TIME_ZONE };
});
