// The same corpus exported from SQLite and from PostgreSQL gives the same bytes, in every
// format and for every choice, and the same statistics: ids and dates are fixed, the clock
// is stopped for the export's own time stamps (TMX creationdate, the zip's mtime), and
// the data is made of what tells two databases apart: documents created at the same
// moment (id order, in bytes: "doc-B" before "doc-a"), glossary keys out of ASCII,
// confidences on a rounding edge, control characters, tabs and CRLF, a trashed document,
// repeated pairs for dedupe.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { unzipSync } from "fflate";
import { db } from "@/lib/db";
import type { Provider } from "@/lib/database-url";
import type { SegmentStatus } from "@/lib/documents/types";
import { BASE_OPTIONS, exportBytes } from "@/lib/test/export-fixtures";
import { describeEachProvider, postgresUnavailable } from "@/lib/test/providers";
import { withSourceHash } from "@/lib/text/text-hash";
import type { ExportOptions } from "./export-options";
import { getExportStats } from "./export-stats";

type Seed = [source: string, target: string | null, status: SegmentStatus, engine: string | null, alignConfidence?: number];

const DOCUMENTS: { id: string; title: string; createdAt: string; deleted?: boolean; segments: Seed[] }[] = [
  {
    id: "doc-a",
    title: "Berita Ä: \"kutipan\" <b>",
    createdAt: "2025-02-01T08:00:00.000Z",
    segments: [
      ["Presiden Joko Widodo tiba di Jakarta.", "President Joko Widodo arrived in Jakarta.", "machine", "neural:opus-mt-id-en"],
      ["Harga\tnaik & turun <5%>.", 'Prices "rise"\r\nand fall.', "edited", "neural:opus-mt-id-en"],
      ["=SUM(A1) +62 -1 @user", "=SUM(A1) +62 ok", "approved", "neural:opus-mt-id-en"],
      ["Kalimat draf.", "Draft sentence.", "machine", "draft:lexicon"],
      ["Belum diterjemahkan.", null, "pending", null],
      ["Terima kasih.", "Thank you.", "machine", "neural:opus-mt-id-en"],
    ],
  },
  {
    id: "doc-B",
    title: "Berita B",
    createdAt: "2025-02-01T08:00:00.000Z",
    segments: [
      ["Terima kasih.", "Thank you.", "machine", "neural:opus-mt-id-en"],
      ["Bel\u0007 dan\u000b tab \u200fעברית\u200e 🎉", "Bell\u0007 and\u000b tab \u200fHebrew\u200e 🎉", "machine", null],
      ["Kafe di Sémarang.", "A café in Semarang.", "memory", "memory"],
    ],
  },
  {
    id: "doc-c",
    title: "Terbitan",
    createdAt: "2025-01-15T10:20:30.456Z",
    segments: [
      ["Banjir melanda.", "Floods struck.", "reference", "aligned", 0.1235],
      ["Hujan turun.", "Rain is falling.", "edited", "aligned", 0.8125],
      ["Angin kencang.", "Strong wind.", "reference", "aligned", 0.0005],
      ["", "A note from our editors.", "reference", "aligned", 0],
      ["Terima kasih.", "Thanks.", "approved", "memory", 0.87654],
    ],
  },
  {
    id: "doc-trash",
    title: "Dibuang",
    createdAt: "2024-12-31T23:59:59.999Z",
    deleted: true,
    segments: [["Terima kasih.", "Thank you.", "approved", "neural:opus-mt-id-en"]],
  },
];

// Keys in byte order: "a b" < "a-b" < "ab" < "zeta" < "émile" (é is above ASCII); "Zulu" sorts first.
const GLOSSARY = [
  { key: "zeta", source: "Zeta", target: null, type: "other" },
  { key: "émile", source: "Émile", target: "Émile", type: "person" },
  { key: "ab", source: "AB", target: "AB", type: "organisation" },
  { key: "a-b", source: "A-B", target: null, type: "other" },
  { key: "a b", source: "A B", target: "A B", type: "place" },
  { key: "Zulu", source: "Zulu", target: "Zulu", type: "other" },
  { key: "jakarta", source: "Jakarta", target: "Jakarta", type: "place" },
] as const;

async function seed(): Promise<void> {
  for (const document of DOCUMENTS) {
    await db.document.create({
      data: {
        id: document.id,
        title: document.title,
        rawText: document.title,
        contentHash: document.id,
        status: "ready",
        createdAt: new Date(document.createdAt),
        deletedAt: document.deleted ? new Date("2025-03-01T00:00:00.000Z") : null,
        segments: {
          createMany: {
            data: document.segments.map(([source, target, status, engine, alignConfidence], position) =>
              withSourceHash({
                id: `${document.id}-${position}`,
                position,
                paragraphIndex: position >> 1,
                source,
                target,
                status,
                engine,
                alignConfidence: alignConfidence ?? null,
                reviewedBy: status === "edited" || status === "approved" ? (position % 2 === 0 ? "ana" : "human") : null,
                updatedAt: new Date(Date.UTC(2025, 2, 1, 12, position, 7, 89)),
              }),
            ),
          },
        },
      },
    });
  }
  const entries = new Map<string, string>();
  for (const entry of GLOSSARY) entries.set(entry.key, (await db.glossaryEntry.create({ data: entry })).id);
  await db.glossarySuppression.create({ data: { key: "a-b", source: "A-B", actorName: "ana" } });
  const mentions = [
    ["doc-a-0", "jakarta", 30, 37, "Jakarta"],
    ["doc-a-0", "zeta", 0, 8, "Presiden"],
    ["doc-a-0", "ab", 0, 5, "Presi"],
    ["doc-B-2", "émile", 8, 16, "Sémarang"],
  ] as const;
  for (const [segmentId, key, start, end, surface] of mentions) {
    const documentId = segmentId.slice(0, segmentId.lastIndexOf("-"));
    await db.entityMention.create({ data: { segmentId, documentId, entryId: entries.get(key) ?? "", start, end, surface } });
  }
}

const CHOICES: [string, Partial<ExportOptions>][] = [
  ["tsv", { format: "tsv" }],
  ["tsv, meta columns, header, drafts", { format: "tsv", columns: "meta", header: true, drafts: true }],
  ["tsv, spreadsheet-safe, checked", { format: "tsv", spreadsheet: true, status: "checked" }],
  ["tsv, dedupe", { format: "tsv", dedupe: true, columns: "meta" }],
  ["tmx", { format: "tmx" }],
  ["tmx, approved, dedupe", { format: "tmx", status: "approved", dedupe: true }],
  ["moses", { format: "moses", drafts: true }],
  ["jsonl", { format: "jsonl", drafts: true }],
  ["jsonl, two documents, dedupe", { format: "jsonl", documentIds: ["doc-B", "doc-c"], dedupe: true }],
  ["glossary", { format: "glossary", header: true }],
];

const STATS_CHOICES: [string, Partial<ExportOptions>][] = [
  ["translated", {}],
  ["translated, dedupe", { dedupe: true }],
  ["checked, drafts", { status: "checked", drafts: true }],
  ["one document", { documentIds: ["doc-B"] }],
];

const bytes: Record<Provider, Map<string, Buffer>> = { sqlite: new Map(), postgresql: new Map() };
const stats: Record<Provider, Map<string, string>> = { sqlite: new Map(), postgresql: new Map() };

describeEachProvider("the corpus exported", (provider) => {
  beforeAll(seed);
  // The exports' own time stamps (TMX creationdate, the zip entries' mtime) read the clock.
  beforeAll(() => void vi.useFakeTimers({ toFake: ["Date"], now: new Date("2025-06-01T09:30:00.000Z") }));
  afterAll(() => void vi.useRealTimers());

  it.each(CHOICES)("%s", async (name, options) => {
    const exported = await exportBytes(options);
    expect(exported.length).toBeGreaterThan(0);
    bytes[provider].set(name, exported);
  });

  it.each(STATS_CHOICES)("statistics: %s", async (name, options) => {
    // Serialised, so the order of the keys counts too.
    stats[provider].set(name, JSON.stringify(await getExportStats({ ...BASE_OPTIONS, ...options })));
  });
});

describe.skipIf(postgresUnavailable() !== null)("SQLite and PostgreSQL", () => {
  it.each(CHOICES)("give the same bytes: %s", (name, options) => {
    const [sqlite, postgres] = [bytes.sqlite.get(name), bytes.postgresql.get(name)];
    if (!sqlite || !postgres) throw new Error(`${name} was not exported on both providers`);
    if (options.format === "moses") {
      // The entries first, for a readable difference; then the zip itself.
      const entries = (zip: Buffer) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([file, data]) => [file, Buffer.from(data).toString("utf8")]));
      expect(entries(postgres)).toEqual(entries(sqlite));
    } else {
      expect(postgres.toString("utf8")).toBe(sqlite.toString("utf8"));
    }
    expect(postgres.equals(sqlite)).toBe(true);
  });

  it.each(STATS_CHOICES)("give the same statistics: %s", (name) => {
    expect(stats.postgresql.get(name)).toBe(stats.sqlite.get(name));
  });

  it("rounded the confidences the same, from the stored binary value", () => {
    const lines = (bytes.postgresql.get("jsonl") ?? Buffer.alloc(0)).toString("utf8").trim().split("\n");
    const confidences = lines.map((line) => JSON.parse(line) as { id: string; alignConfidence: number | null }).filter((pair) => pair.id.startsWith("doc-c"));
    expect(confidences.map((pair) => pair.alignConfidence)).toEqual([0.123, 0.813, 0.001, 0, 0.877]);
  });
});
