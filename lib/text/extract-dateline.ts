// News leads start with a place and/or outlet tag ("JAKARTA, KOMPAS.com - …",
// "(SeaPRwire) – …") or put the city on its own line ("ISTANBUL"). These are metadata: left
// in the paragraph they get glued to the first sentence and translated as words.

export type LeadTag = { dateline: string | null; sourceName: string | null; rest: string };

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.&-]*\p{Lu}`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,2}`;
// Em and en dashes may touch the words; a plain hyphen must have spaces around it.
const DASH = String.raw`(?:\s*[—–]\s*|\s+-\s+)`;
const SOURCE = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'-]*(?: [\p{L}\p{N}][\p{L}\p{N}.&'-]*){0,2}`;

const SOURCE_IN_PARENS = new RegExp(String.raw`^\((?<source>\p{Lu}[^()]{1,39})\)${DASH}`, "u");
const PLACE_PARENS_SOURCE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}'’. ]{1,30}?)(?:,\s*(?<date>[\p{L}\p{N} /.-]{1,25}?))?\s*\((?<source>\p{Lu}[^()]{1,39})\)${DASH}`,
  "u",
);
const PLACE_COMMA_SOURCE = new RegExp(String.raw`^(?<place>${CAPS_PLACE}),\s+(?<source>${SOURCE})${DASH}`, "u");
const CAPS_TAG = new RegExp(String.raw`^(?<tag>${CAPS_PLACE})${DASH}`, "u");
const LONE_PLACE = new RegExp(String.raw`^${CAPS_PLACE}(?:,\s*[\p{L}\p{N} /.-]*\p{N}[\p{L}\p{N} /.-]*)?$`, "u");
/** Outlet names look like outlets; a bare capitalised tag without these is a place. */
const OUTLET = /\.(?:com|id|co|net|org)\b|NEWS|TV|POS|ONLINE|TIMES|MEDIA|WARTA|KLIK|DAILY|PRESS|INFO/iu;

/** "ISTANBUL" or "JAKARTA, 28/04" alone on a line. */
export function isLoneDateline(paragraph: string): boolean {
  return paragraph.length <= 40 && LONE_PLACE.test(paragraph);
}

export function splitLeadTag(paragraph: string): LeadTag | null {
  const tagged = matchLeadTag(paragraph);
  if (!tagged || tagged.rest.trim() === "") return null;
  return { ...tagged, rest: tagged.rest.trim() };
}

function matchLeadTag(paragraph: string): LeadTag | null {
  let m = SOURCE_IN_PARENS.exec(paragraph);
  if (m?.groups) return { dateline: null, sourceName: m.groups.source?.trim() ?? null, rest: paragraph.slice(m[0].length) };
  m = PLACE_PARENS_SOURCE.exec(paragraph);
  if (m?.groups) {
    const place = [m.groups.place?.trim(), m.groups.date?.trim()].filter(Boolean).join(", ");
    return { dateline: place, sourceName: m.groups.source?.trim() ?? null, rest: paragraph.slice(m[0].length) };
  }
  m = PLACE_COMMA_SOURCE.exec(paragraph);
  if (m?.groups) {
    const { place = "", source = "" } = m.groups;
    // "JAKARTA, 12 Mei 2025 —" carries a date, not an outlet.
    if (/\p{N}/u.test(source) && !OUTLET.test(source)) return { dateline: `${place}, ${source}`, sourceName: null, rest: paragraph.slice(m[0].length) };
    return { dateline: place, sourceName: source, rest: paragraph.slice(m[0].length) };
  }
  m = CAPS_TAG.exec(paragraph);
  if (m?.groups) {
    const tag = m.groups.tag ?? "";
    const isOutlet = OUTLET.test(tag);
    return { dateline: isOutlet ? null : tag, sourceName: isOutlet ? tag : null, rest: paragraph.slice(m[0].length) };
  }
  return null;
}
