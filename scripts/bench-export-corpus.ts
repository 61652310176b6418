// Builds the export benchmark's corpus straight into SQLite: one transaction, prepared
// statements, documents of 100 sentences, a realistic mix of statuses and engines, and
// the characters exports must escape (quotes, &, <, tabs). Deterministic for a given N.
// No draft output and no repeated pair, so the export selects exactly the rows the
// sqlite3 floor dumps — while deduplication still does its full per-row work.
import Database from "better-sqlite3";
import { textHash } from "@/lib/text/text-hash";

const PER_DOCUMENT = 100;
const INDONESIAN = "pemerintah presiden menteri rakyat harga beras naik turun kota desa jalan banjir hujan pasar bank rupiah dolar ekonomi tumbuh kebijakan baru lama sekolah guru murid rumah sakit dokter obat polisi tentara pemilu partai suara rapat kantor kerja buruh petani nelayan laut pulau gunung api gempa bumi".split(" ");
const ENGLISH = "government president minister people price rice rise fall city village road flood rain market bank rupiah dollar economy grow policy new old school teacher pupil hospital doctor medicine police army election party vote meeting office work labour farmer fisher sea island mountain fire quake earth".split(" ");
const MARKS = ['"', "&", "<", ">", "\t", "'"];

export function generateBenchCorpus(file: string, pairs: number): void {
  const handle = new Database(file);
  handle.pragma("journal_mode = WAL");
  handle.pragma("synchronous = OFF");
  const insertDocument = handle.prepare(
    "INSERT INTO Document (id, title, rawText, contentHash, status, createdAt, updatedAt) VALUES (?, ?, '', ?, 'ready', ?, ?)",
  );
  const insertSegment = handle.prepare(
    "INSERT INTO Segment (id, documentId, paragraphIndex, position, source, sourceHash, target, status, engine, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const random = mulberry32(20_251_121);
  const start = Date.UTC(2025, 0, 1);
  handle.transaction(() => {
    for (let first = 0; first < pairs; first += PER_DOCUMENT) {
      const documentId = `bench-doc-${first}`;
      const createdAt = stamp(start + first * 1000);
      insertDocument.run(documentId, `Berita ${first / PER_DOCUMENT}`, documentId, createdAt, createdAt);
      for (let position = 0; position < PER_DOCUMENT && first + position < pairs; position++) {
        const index = first + position;
        const [source, target] = sentencePair(random, index);
        const roll = random();
        const [status, engine] = roll < 0.7 ? ["machine", "neural:opus-mt-id-en"] : roll < 0.75 ? ["machine", "memory"] : roll < 0.9 ? ["edited", "neural:opus-mt-id-en"] : ["approved", "neural:opus-mt-id-en"];
        insertSegment.run(`bench-seg-${index}`, documentId, position >> 2, position, source, textHash(source), target, status, engine, createdAt);
      }
    }
  })();
  handle.close();
}

/** 8–24 words; the index at the end keeps every pair distinct. */
function sentencePair(random: () => number, index: number): [string, string] {
  const length = 8 + Math.floor(random() * 17);
  const source: string[] = [];
  const target: string[] = [];
  for (let i = 0; i < length; i++) {
    const word = Math.floor(random() * INDONESIAN.length);
    source.push(INDONESIAN[word] ?? "");
    target.push(ENGLISH[word] ?? "");
  }
  if (random() < 0.05) source.splice(1, 0, MARKS[index % MARKS.length] ?? "");
  if (random() < 0.05) target.splice(2, 0, MARKS[(index + 1) % MARKS.length] ?? "");
  return [`${capitalise(source.join(" "))} ${index}.`, `${capitalise(target.join(" "))} ${index}.`];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How Prisma's SQLite adapter stores DateTime: ISO 8601 text with +00:00. */
function stamp(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
