// News leads start with a place and/or outlet tag ("JAKARTA, KOMPAS.com - …",
// "(SeaPRwire) – …", "Jakarta (ANTARA) - …") or put the city on its own line ("ISTANBUL").
// These are metadata: left in the paragraph they get glued to the first sentence and
// translated as words.

export type LeadTag = { dateline: string | null; sourceName: string | null; rest: string };

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.&-]*\p{Lu}`;
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,2}`;
const ANY_PLACE = String.raw`(?:${CAPS_WORD}|${TITLE_WORD})(?: (?:${CAPS_WORD}|${TITLE_WORD})){0,2}`;
// Em and en dashes may touch the words; hyphens ("-", "--") must have spaces around them.
const DASH = String.raw`(?:\s*[—–]{1,2}\s*|\s+-{1,2}\s+)`;
const SOURCE = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'-]*(?: [\p{L}\p{N}][\p{L}\p{N}.&'-]*){0,2}`;
const DOMAIN = String.raw`[\p{L}\p{N}-]+\.(?:com|co|id|net)(?:\.id)?`;
const DATE = String.raw`[\p{L}\p{N} /.-]{1,25}?`;

/** Outlet names look like outlets; a bare capitalised tag without these is a place. */
const OUTLET = /\.(?:com|id|co|net|org)\b|NEWS|TV|POS|ONLINE|TIMES|MEDIA|WARTA|KLIK|DAILY|PRESS|INFO/iu;

type Groups = Partial<Record<string, string>>;
type LeadPattern = { pattern: RegExp; read: (g: Groups) => Omit<LeadTag, "rest"> };

const lead = (source: string): RegExp => new RegExp(`^${source}${DASH}`, "u");

const PATTERNS: readonly LeadPattern[] = [
  // (SeaPRwire) – …
  { pattern: lead(String.raw`\((?<source>\p{Lu}[^()]{1,39})\)`), read: (g) => ({ dateline: null, sourceName: g.source ?? null }) },
  // Jakarta (ANTARA) - …   JAKARTA, 5/5 (ANTARA) - …
  {
    pattern: lead(String.raw`(?<place>${ANY_PLACE})(?:,\s*(?<date>${DATE}))?\s*\((?<source>\p{Lu}[^()]{1,39})\)`),
    read: (g) => ({ dateline: [g.place, g.date].filter(Boolean).join(", "), sourceName: g.source ?? null }),
  },
  // Liputan6.com, Jakarta - …   TEMPO.CO, Jakarta - …
  { pattern: lead(String.raw`(?<source>${DOMAIN}),\s+(?<place>${ANY_PLACE})`), read: (g) => ({ dateline: g.place ?? null, sourceName: g.source ?? null }) },
  // JAKARTA, KOMPAS.com - …   Jakarta, CNN Indonesia -- …   MAKASSAR, 12 Mei 2025 — …
  {
    pattern: lead(String.raw`(?<place>${ANY_PLACE}),\s+(?<source>${SOURCE})`),
    read: ({ place = "", source = "" }) =>
      /\p{N}/u.test(source) && !OUTLET.test(source) ? { dateline: `${place}, ${source}`, sourceName: null } : { dateline: place, sourceName: source },
  },
  // KOMPAS.com — …
  { pattern: lead(String.raw`(?<source>${DOMAIN})`), read: (g) => ({ dateline: null, sourceName: g.source ?? null }) },
  // SEMARANG — …   KLIKWARTAKU — …
  {
    pattern: lead(String.raw`(?<tag>${CAPS_PLACE})`),
    read: ({ tag = "" }) => (OUTLET.test(tag) ? { dateline: null, sourceName: tag } : { dateline: tag, sourceName: null }),
  },
  // Jakarta - Presiden … (title case is only trusted when a capitalised sentence follows)
  { pattern: new RegExp(String.raw`^(?<place>${TITLE_WORD}(?: ${TITLE_WORD})?)${DASH}(?=\p{Lu})`, "u"), read: (g) => ({ dateline: g.place ?? null, sourceName: null }) },
];

const LONE_PLACE = new RegExp(String.raw`^${CAPS_PLACE}(?:,\s*[\p{L}\p{N} /.-]*\p{N}[\p{L}\p{N} /.-]*)?$`, "u");

/** "ISTANBUL" or "JAKARTA, 28/04" alone on a line. */
export function isLoneDateline(paragraph: string): boolean {
  return paragraph.length <= 40 && LONE_PLACE.test(paragraph);
}

export function splitLeadTag(paragraph: string): LeadTag | null {
  for (const { pattern, read } of PATTERNS) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const rest = paragraph.slice(match[0].length).trim();
    return rest === "" ? null : { ...read(match.groups ?? {}), rest };
  }
  return null;
}
