import "server-only";
// The TSV export as a byte stream: source<TAB>target per line, UTF-8, LF.
import { tsvRow } from "@/lib/text/tsv";
import { readPairs, type PairFilter } from "./read-pairs";

export async function* tsvChunks(filter: PairFilter): AsyncGenerator<string> {
  let buffer = "";
  for await (const pair of readPairs(filter)) {
    buffer += tsvRow([pair.source, pair.target]);
    if (buffer.length > 64 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

export function toByteStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
