// Test helpers for translation-memory imports: bytes as a stream (in small chunks, so
// every boundary case of the streaming readers is crossed), TMX text and an import.
import { importMemory } from "@/lib/memory/import-memory";
import type { MemoryImportFormat, MemoryImportReport } from "@/lib/memory/types";
import type { Actor } from "@/lib/changes/actor";

export const TEST_ACTOR: Actor = { kind: "person", id: null, name: "Tia Tester" };

export async function* byteStream(content: string | Uint8Array, chunkSize = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
}

export function tmxText(pairs: readonly (readonly [string, string])[], srclang = "id"): string {
  const units = pairs.map(([id, en]) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="${srclang}" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>\n${units.join("\n")}\n</body>\n</tmx>\n`;
}

export function importText(content: string | Uint8Array, format: MemoryImportFormat, fileName = `test.${format}`, target?: string): Promise<MemoryImportReport> {
  return importMemory({ fileName, format, actor: TEST_ACTOR, source: byteStream(content), ...(target === undefined ? {} : { target: byteStream(target) }) });
}

const WORDS = ["harga", "beras", "naik", "pasar", "pemerintah", "presiden", "kota", "warga", "hujan", "banjir", "sekolah", "jalan"];
const TMX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="load" creationtoolversion="1"/>\n<body>\n';

function generatedUnit(n: number): string {
  const words = Array.from({ length: 14 }, (_, i) => WORDS[(n * 7 + i * 5) % WORDS.length]).join(" ");
  return `<tu tuid="${n}"><prop type="x-note">generated</prop><tuv xml:lang="id"><seg>Kalimat ${n}: ${words} &amp; lain-lain.</seg></tuv><tuv xml:lang="en-US"><seg>Sentence ${n}: the ${words} and so on.</seg></tuv></tu>\n`;
}

export type GeneratedTmx = { units: number; bytes: number };

/** A TMX of about `totalBytes`, made as it is read (never whole in memory); `probe` counts what was made. */
export async function* generatedTmx(totalBytes: number, probe: GeneratedTmx = { units: 0, bytes: 0 }, chunkBytes = 256 * 1024): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const head = encoder.encode(TMX_HEAD);
  probe.bytes += head.length;
  yield head;
  while (probe.bytes < totalBytes) {
    let chunk = "";
    while (chunk.length < chunkBytes) chunk += generatedUnit(probe.units++);
    const bytes = encoder.encode(chunk);
    probe.bytes += bytes.length;
    yield bytes;
  }
  const tail = encoder.encode("</body>\n</tmx>\n");
  probe.bytes += tail.length;
  yield tail;
}

/** A web stream over an async iterable, for a Request body sent without a Content-Length. */
export function webStreamOf(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
