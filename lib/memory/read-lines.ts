// Text chunks → numbered lines, holding at most one line at a time. A line past
// MAX_LINE_CHARS is not kept: it comes out as `tooLong` and the rest of it is skipped,
// so a file without newlines cannot fill the memory.
export const MAX_LINE_CHARS = 64 * 1024;

export type NumberedLine = { text: string; number: number; tooLong: boolean };

export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let pending = "";
  let tooLong = false;
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, end);
      start = end + 1;
      number += 1;
      const over = tooLong || pending.length + piece.length > MAX_LINE_CHARS;
      yield { text: over ? "" : pending + piece, number, tooLong: over };
      pending = "";
      tooLong = false;
    }
    const rest = chunk.slice(start);
    if (tooLong || pending.length + rest.length > MAX_LINE_CHARS) {
      tooLong = true;
      pending = "";
    } else {
      pending += rest;
    }
  }
  if (pending !== "" || tooLong) yield { text: pending, number: number + 1, tooLong };
}
