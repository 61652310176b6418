// Saved words as an Anki text file and as CSV. Pure: the caller passes the cards.
//
// Anki (File → Import, "Allow HTML" on, as the #html:true header line sets) reads a field
// as HTML. So every field is HTML-escaped: & < > " become entities, a tab becomes &#9;, a
// newline <br>. No field then holds a tab, a newline or a quote, and Anki's CSV reader
// never has to unquote anything: the file imports as is, whatever the sentences contain.
// The header lines (#separator, #html, #columns) are Anki's own file headers (2.1.55+).

export type WordCard = { word: string; root: string; source: string; target: string; gloss: string; link: string; status?: string; documentTitle?: string };

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;" };

export function escapeAnkiField(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/[&<>"\t]/g, (c) => HTML[c] ?? c)
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** The sentence with every occurrence of the word (any case) in bold. */
export function markWord(sentence: string, word: string): string {
  if (word === "") return escapeAnkiField(sentence);
  const lower = sentence.toLowerCase();
  const needle = word.toLowerCase();
  let out = "";
  let at = 0;
  for (let hit = lower.indexOf(needle); hit >= 0; hit = lower.indexOf(needle, hit + needle.length)) {
    const before = lower[hit - 1] ?? " ";
    const after = lower[hit + needle.length] ?? " ";
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    out += `${escapeAnkiField(sentence.slice(at, hit))}<b>${escapeAnkiField(sentence.slice(hit, hit + needle.length))}</b>`;
    at = hit + needle.length;
  }
  return out + escapeAnkiField(sentence.slice(at));
}

export const ANKI_COLUMNS = ["front", "back", "word", "root", "source"] as const;

export function ankiFile(cards: readonly WordCard[]): string {
  const header = ["#separator:tab", "#html:true", `#columns:${ANKI_COLUMNS.join("\t")}`];
  const rows = cards.map((card) => {
    const front = card.source === "" ? `<b>${escapeAnkiField(card.word)}</b>` : markWord(card.source, card.word);
    const back = [card.target, card.gloss].filter((part) => part !== "").map(escapeAnkiField).join("<br><br>");
    const link = card.link === "" ? "" : `<a href="${escapeAnkiField(card.link)}">${escapeAnkiField(card.documentTitle || card.link)}</a>`;
    return [front, back, escapeAnkiField(card.word), escapeAnkiField(card.root), link].join("\t");
  });
  return `${[...header, ...rows].join("\n")}\n`;
}

// RFC 4180: every field quoted, quotes doubled, CRLF rows; a leading apostrophe stops a
// spreadsheet from running a cell that starts like a formula (as our TSV export does).
const csvField = (value: string) => `"${(/^[=+\-@'\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

export const CSV_COLUMNS = ["word", "root", "status", "gloss", "sentence", "translation", "article", "link"] as const;

export function wordsCsv(cards: readonly WordCard[]): string {
  const rows = cards.map((c) => [c.word, c.root, c.status ?? "", c.gloss, c.source, c.target, c.documentTitle ?? "", c.link].map(csvField).join(","));
  return `\uFEFF${[CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
