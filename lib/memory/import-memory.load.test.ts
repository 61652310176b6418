// A 200 MB TMX, generated on the fly as a stream, imports in bounded memory: the peak
// RSS growth stays far below the file's size (holding the file, or its units, would
// take several times that). Heavy and timed, so it runs alone after the main suite.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importMemory } from "./import-memory";
import { TEST_ACTOR } from "@/lib/test/memory-import";

const TOTAL_BYTES = 200 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;
// Generous for saxes, the decoder, one batch and SQLite's caches; the file is 200 MB.
const MAX_RSS_GROWTH = 160 * 1024 * 1024;
const WORDS = ["harga", "beras", "naik", "pasar", "pemerintah", "presiden", "kota", "warga", "hujan", "banjir", "sekolah", "jalan"];

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="load" creationtoolversion="1"/>\n<body>\n';

function unit(n: number): string {
  const words = Array.from({ length: 14 }, (_, i) => WORDS[(n * 7 + i * 5) % WORDS.length]).join(" ");
  return `<tu tuid="${n}"><prop type="x-note">generated</prop><tuv xml:lang="id"><seg>Kalimat ${n}: ${words} &amp; lain-lain.</seg></tuv><tuv xml:lang="en-US"><seg>Sentence ${n}: the ${words} and so on.</seg></tuv></tu>\n`;
}

type Probe = { peak: number; units: number; bytes: number };

async function* generatedTmx(probe: Probe): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(HEAD);
  while (probe.bytes < TOTAL_BYTES) {
    let chunk = "";
    while (chunk.length < CHUNK_BYTES) chunk += unit(probe.units++);
    const bytes = encoder.encode(chunk);
    probe.bytes += bytes.length;
    probe.peak = Math.max(probe.peak, process.memoryUsage().rss);
    yield bytes;
  }
  yield encoder.encode("</body>\n</tmx>\n");
}

describe("a 200 MB TMX", () => {
  it("imports every unit with bounded memory growth", async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const probe: Probe = { peak: before, units: 0, bytes: 0 };
    const started = performance.now();
    const report = await importMemory({ fileName: "big.tmx", format: "tmx", actor: TEST_ACTOR, source: generatedTmx(probe) });
    const seconds = (performance.now() - started) / 1000;
    const growth = Math.max(probe.peak, process.memoryUsage().rss) - before;
    console.log(JSON.stringify({ megabytes: Math.round(probe.bytes / 1024 / 1024), units: probe.units, seconds: Math.round(seconds), rssGrowthMb: Math.round(growth / 1024 / 1024) }));
    expect(report).toMatchObject({ imported: probe.units, duplicates: 0, refused: 0 });
    expect(await db.memoryUnit.count()).toBe(probe.units);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
  }, 600_000);
});
