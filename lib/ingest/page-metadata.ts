// Title, canonical address and site name from a page's <head>, preferring what the
// publisher states for sharing (Open Graph) over the browser-tab <title>.

export type PageMetadata = { title: string | null; canonicalUrl: string | null; siteName: string | null };

export function readPageMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const meta = metaValues(doc);
  const siteName = clean(meta.get("og:site_name") ?? meta.get("application-name") ?? null);
  const stated = clean(meta.get("og:title") ?? meta.get("twitter:title") ?? null);
  const tabTitle = clean(doc.querySelector("title")?.textContent ?? null);
  const heading = clean(doc.querySelector("h1")?.textContent ?? null);
  const rawTitle = stated ?? tabTitle ?? heading;
  const title = rawTitle && siteName ? withoutSiteName(rawTitle, siteName) : rawTitle;
  const canonicalUrl = absoluteHttpUrl(canonicalHref(doc), pageUrl) ?? absoluteHttpUrl(meta.get("og:url") ?? null, pageUrl);
  return { title, canonicalUrl, siteName };
}

/** meta property= / name= → content, lower-cased keys, first occurrence wins. */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const tag of Array.from(doc.querySelectorAll("meta"))) {
    const key = (tag.getAttribute("property") ?? tag.getAttribute("name") ?? "").trim().toLowerCase();
    const content = tag.getAttribute("content");
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.querySelectorAll("link"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical")) return link.getAttribute("href");
  }
  return null;
}

/** Resolves against the page address; anything but http(s) (javascript:, data:, file:) is dropped. */
export function absoluteHttpUrl(href: string | null, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const SEPARATORS = ["|", "-", "–", "—", "·", "•", ":", "::", "/"];

/** "Judul berita - Kompas.com" → "Judul berita" when the site is Kompas.com; also "Site | Title". */
export function withoutSiteName(title: string, siteName: string): string {
  const site = siteName.toLowerCase();
  for (const sep of SEPARATORS) {
    const suffix = ` ${sep} `;
    const at = title.toLowerCase().lastIndexOf(suffix);
    if (at > 0 && title.slice(at + suffix.length).trim().toLowerCase() === site) return title.slice(0, at).trim();
    const first = title.indexOf(suffix);
    if (first > 0 && title.slice(0, first).trim().toLowerCase() === site) return title.slice(first + suffix.length).trim();
  }
  return title;
}

function clean(text: string | null): string | null {
  const collapsed = text?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : null;
}
