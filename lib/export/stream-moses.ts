import "server-only";
// Moses: a zip of two line-aligned files, corpus.id and corpus.en, built as a stream.
// The pairs are read twice, once per zip entry, instead of buffering one side; both
// passes run in the same read snapshot (withExportSnapshot), so their lines align.
import { Zip, ZipDeflate } from "fflate";
import type { ExportOptions } from "./export-options";
import type { ExportSnapshot } from "@/lib/db/queries/dialect";
import { mosesLine } from "./moses-line";

export const MOSES_FILES = [
  { name: "corpus.id", side: "source" },
  { name: "corpus.en", side: "target" },
] as const;

export async function* mosesChunks(snapshot: ExportSnapshot, options: ExportOptions): AsyncGenerator<Uint8Array> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else output.push(data);
  });
  const encoder = new TextEncoder();
  const mtime = new Date();
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* output.splice(0);
  }
  for (const { name, side } of MOSES_FILES) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for await (const batch of snapshot.pairBatches(options)) {
      let text = "";
      for (const pair of batch) text += mosesLine(pair[side]);
      entry.push(encoder.encode(text));
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
