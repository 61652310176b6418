// Line formats of parallel data, pure: TSV (source<TAB>target) and Moses (line n of one
// file translates line n of the other). TSV cells are unescaped with the project's own
// escaping (lib/text/tsv.ts), which leaves plain TSV without backslashes as it is.
import { unescapeTsvCell } from "./tsv";
import { checkMemoryUnit, type CheckedUnit, type RefusedUnit } from "./memory-unit";

export type LineResult = CheckedUnit | RefusedUnit | { ok: "skip" };

// The columns the TSV export writes after source and target with --columns meta (older
// exports lack the last ones). Its --header row names them, which is how a file says so.
const META_COLUMNS = new Set(["document_id", "document_title", "paragraph", "position", "status", "engine", "reviewed_by", "updated_at", "align_confidence"]);

const withoutCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);

/**
 * Cells per line, from the file's first line: the export's header "source, target" and
 * any meta columns after them set the width; anything else is a plain two-column pair file.
 */
export function tsvWidthOf(firstLine: string): number {
  const cells = withoutCr(firstLine).toLowerCase().split("\t");
  const header = cells[0] === "source" && cells[1] === "target" && cells.slice(2).every((cell) => META_COLUMNS.has(cell));
  return header ? cells.length : 2;
}

/** One line of a TSV of `width` cells: the first two are the pair, the rest (meta) are ignored. */
export function parseTsvMemoryLine(line: string, lineNumber: number, width = 2): LineResult {
  const text = withoutCr(line);
  if (text.trim() === "") return { ok: "skip" };
  const cells = text.split("\t");
  if (lineNumber === 1 && cells[0]?.toLowerCase() === "source" && cells[1]?.toLowerCase() === "target" && tsvWidthOf(text) === cells.length) return { ok: "skip" };
  if (cells.length !== width) return { ok: false, code: "column-count" };
  return checkMemoryUnit(unescapeTsvCell(cells[0] ?? ""), unescapeTsvCell(cells[1] ?? ""));
}

/** Moses lines carry no escaping; an empty line on one side is a refusal, on both a skip. */
export function parseMosesMemoryLines(source: string, target: string): LineResult {
  const src = source.endsWith("\r") ? source.slice(0, -1) : source;
  const tgt = target.endsWith("\r") ? target.slice(0, -1) : target;
  if (src.trim() === "" && tgt.trim() === "") return { ok: "skip" };
  return checkMemoryUnit(src, tgt);
}
