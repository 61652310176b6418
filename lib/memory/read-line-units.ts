// TSV and Moses files → units, line by line (lib/text/memory-lines.ts). A Moses pair
// is two files read in step; if one ends first they are not aligned, and the whole
// import is refused rather than pairing the wrong sentences.
import { AppError } from "@/lib/errors";
import { parseMosesMemoryLines, parseTsvMemoryLine, tsvWidthOf, type LineResult } from "@/lib/text/memory-lines";
import type { TmxItem } from "@/lib/text/tmx-units";
import { readLines, type NumberedLine } from "./read-lines";

export async function* readTsvUnits(chunks: AsyncIterable<string>): AsyncGenerator<TmxItem> {
  // The export's --columns meta file says its width in its header row; others are pairs.
  let width = 2;
  for await (const line of readLines(chunks)) {
    if (line.number === 1 && !line.tooLong) width = tsvWidthOf(line.text);
    const result: LineResult = line.tooLong ? { ok: false, code: "line-too-long" } : parseTsvMemoryLine(line.text, line.number, width);
    if (result.ok !== "skip") yield { ...result, line: line.number };
  }
}

export async function* readMosesUnits(sourceChunks: AsyncIterable<string>, targetChunks: AsyncIterable<string>): AsyncGenerator<TmxItem> {
  const sources = readLines(sourceChunks)[Symbol.asyncIterator]();
  const targets = readLines(targetChunks)[Symbol.asyncIterator]();
  for (;;) {
    const [source, target] = await Promise.all([sources.next(), targets.next()]);
    if (source.done && target.done) return;
    if (source.done || target.done) throw misaligned(source.done ? target.value : source.value, source.done ? "Indonesian" : "English");
    const result = pairOf(source.value, target.value);
    // A blank line on both sides keeps the files aligned; it is not a unit.
    if (result.ok !== "skip") yield { ...result, line: source.value.number };
  }
}

function pairOf(source: NumberedLine, target: NumberedLine): LineResult {
  if (source.tooLong || target.tooLong) return { ok: false, code: "line-too-long" };
  return parseMosesMemoryLines(source.text, target.text);
}

function misaligned(extra: NumberedLine, shorter: string): AppError {
  return new AppError("invalid-input", `The two files are not aligned: the ${shorter} file ends before line ${extra.number}. Nothing was imported.`, { line: extra.number });
}
