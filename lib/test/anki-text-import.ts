// Reads a file the way Anki's text importer does (rslib import_export/text/csv): lines
// starting with "#" before the first row are file headers; rows are CSV with the declared
// separator, where a field opening with a double quote runs to the closing quote (quotes
// doubled inside, tabs and newlines allowed), and with #html:true each field is HTML.
// For tests only: it proves the export imports as is.

export type AnkiImport = { headers: Record<string, string>; rows: string[][] };

function parseRows(body: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? "";
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && atFieldStart) (quoted = true), (atFieldStart = false);
    else if (c === separator) row.push(field), (field = ""), (atFieldStart = true);
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = ""), (atFieldStart = true);
    } else (field += c), (atFieldStart = false);
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

export function importAnkiText(file: string): AnkiImport {
  const headers: Record<string, string> = {};
  const lines = file.split("\n");
  let start = 0;
  while (lines[start]?.startsWith("#")) {
    const [key, ...value] = (lines[start] ?? "").slice(1).split(":");
    headers[key ?? ""] = value.join(":");
    start++;
  }
  const separator = headers.separator === "tab" ? "\t" : headers.separator === "comma" ? "," : (headers.separator ?? "\t");
  return { headers, rows: parseRows(lines.slice(start).join("\n"), separator) };
}

/** What a card shows for an HTML field: tags dropped, <br> as a line break, entities decoded. */
export function htmlFieldText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|lt|gt|quot|amp);/g, (_, name: string) => (name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : ({ lt: "<", gt: ">", quot: '"', amp: "&" } as Record<string, string>)[name] ?? ""));
}
