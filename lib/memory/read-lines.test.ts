import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, readLines, type NumberedLine } from "./read-lines";

async function* pieces(...chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}

async function lines(...chunks: string[]): Promise<NumberedLine[]> {
  const out: NumberedLine[] = [];
  for await (const line of readLines(pieces(...chunks))) out.push(line);
  return out;
}

describe("readLines", () => {
  it.each([
    ["one chunk", ["a\nb\n"], ["a", "b"]],
    ["no final newline", ["a\nb"], ["a", "b"]],
    ["a line across chunks", ["ab", "c\nd", "e\n"], ["abc", "de"]],
    ["blank lines are lines", ["\n\nx\n"], ["", "", "x"]],
    ["CR stays for the parser", ["a\r\n"], ["a\r"]],
    ["empty input", [], []],
  ])("%s", async (_name, chunks, expected) => {
    expect((await lines(...chunks)).map((l) => l.text)).toEqual(expected);
  });

  it("numbers lines from 1", async () => {
    expect((await lines("a\nb\nc")).map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it("marks an over-long line without keeping it, across chunks, and goes on", async () => {
    const half = "x".repeat(MAX_LINE_CHARS / 2 + 1);
    const result = await lines("ok\n", half, half, half, "\nnext\n", "y".repeat(MAX_LINE_CHARS + 1));
    expect(result.map((l) => [l.number, l.tooLong, l.text.length])).toEqual([[1, false, 2], [2, true, 0], [3, false, 4], [4, true, 0]]);
  });
});
