"use server";
// The language switcher's server action. Setting a cookie in an action makes Next
// re-render the current page, so the new language shows without a URL change.
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

const ONE_YEAR_S = 60 * 60 * 24 * 365;

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  // A forged value is ignored rather than stored: the cookie only ever holds a known locale.
  if (!isLocale(locale)) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax" });
}
