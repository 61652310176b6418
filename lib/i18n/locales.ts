// The UI languages and how a request's locale is chosen. Pure, so the request config,
// the switcher and the tests agree on one rule.

export const LOCALES = ["en", "id"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";

/** The cookie the language switcher sets; no locale ever appears in a URL. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * An explicit choice (the cookie) wins; otherwise the browser's Accept-Language list,
 * best quality first, decides; otherwise English.
 */
export function pickLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): AppLocale {
  if (isLocale(cookieValue)) return cookieValue;
  for (const tag of rankLanguageTags(acceptLanguage ?? "")) {
    const base = tag.split("-")[0]?.toLowerCase();
    if (isLocale(base)) return base;
    // "in" is the retired ISO code for Indonesian that some old systems still send.
    if (base === "in") return "id";
  }
  return DEFAULT_LOCALE;
}

function rankLanguageTags(header: string): string[] {
  return header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
    .map((entry) => entry.tag);
}
