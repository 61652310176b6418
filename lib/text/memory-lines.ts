// Line formats of parallel data, pure: TSV (source<TAB>target) and Moses (line n of one
// file translates line n of the other). TSV cells are unescaped with the project's own
// escaping (lib/text/tsv.ts), which leaves plain TSV without backslashes as it is.
import { unescapeTsvCell } from "./tsv";
import { checkMemoryUnit, type CheckedUnit, type RefusedUnit } from "./memory-unit";

export type LineResult = CheckedUnit | RefusedUnit | { ok: "skip" };

// The header row the TSV export writes with --header.
const HEADER = "source\ttarget";

export function parseTsvMemoryLine(line: string, lineNumber: number): LineResult {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  if (text.trim() === "") return { ok: "skip" };
  if (lineNumber === 1 && text.toLowerCase() === HEADER) return { ok: "skip" };
  const cells = text.split("\t");
  if (cells.length !== 2) return { ok: false, code: "column-count" };
  return checkMemoryUnit(unescapeTsvCell(cells[0] ?? ""), unescapeTsvCell(cells[1] ?? ""));
}

/** Moses lines carry no escaping; an empty line on one side is a refusal, on both a skip. */
export function parseMosesMemoryLines(source: string, target: string): LineResult {
  const src = source.endsWith("\r") ? source.slice(0, -1) : source;
  const tgt = target.endsWith("\r") ? target.slice(0, -1) : target;
  if (src.trim() === "" && tgt.trim() === "") return { ok: "skip" };
  return checkMemoryUnit(src, tgt);
}
