// Counts Indonesian word forms in a folder tree of text, HTML and man pages, to rank the forms
// the hand-reviewed lexicon (lib/translation/lexicon/reviewed/) must cover. Build-time only.
// Only sentences that read as Indonesian are counted (untranslated English help pages are
// common in localised documentation). Each source folder gets the same total weight, so a
// large documentation set cannot drown the news text.
//
//   npx tsx scripts/count-word-forms.ts OUT.tsv SOURCE [SOURCE …]
// A SOURCE is a folder, or several joined with commas that count as one source.
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { indonesianScore } from "../lib/text/looks-indonesian";

const [outFile, ...dirs] = process.argv.slice(2);
if (!outFile || dirs.length === 0) {
  console.error("usage: count-word-forms.ts OUT.tsv SOURCE [SOURCE …]");
  process.exit(2);
}

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(txt|html?|[1-9]|gz)$/.test(entry.name)) yield full;
  }
}

function readText(file: string): string {
  let raw = fs.readFileSync(file);
  if (file.endsWith(".gz")) raw = gunzipSync(raw);
  let text = raw.toString("utf8");
  if (/\.html?(\.gz)?$/.test(file)) {
    text = text.replace(/<(script|style)[^]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ");
  } else if (/\.[1-9](\.gz)?$/.test(file)) {
    text = text.replace(/^\.[A-Za-z]+.*$/gm, " ").replace(/\\f[BIRP]/g, "");
  }
  return text;
}

function countDir(source: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of source.split(",").flatMap((dir) => [...files(dir)])) {
    for (const sentence of readText(file).split(/(?<=[.!?])\s+|\n\s*\n/)) {
      if (!indonesianScore(sentence).looksIndonesian || sentence.length < 20) continue;
      for (const word of sentence.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
        const form = word.toLowerCase();
        counts.set(form, (counts.get(form) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const perSource = dirs.map((dir) => ({ dir, counts: countDir(dir) }));
const total = new Map<string, { weight: number; raw: number; sources: number }>();
for (const { counts } of perSource) {
  const tokens = [...counts.values()].reduce((a, b) => a + b, 0);
  for (const [form, n] of counts) {
    const row = total.get(form) ?? { weight: 0, raw: 0, sources: 0 };
    row.weight += (n / tokens) * 1e6;
    row.raw += n;
    row.sources += 1;
    total.set(form, row);
  }
}
const rows = [...total.entries()].sort((a, b) => b[1].weight - a[1].weight);
const header = `# form\tper-million (mean over ${dirs.length} sources)\traw count\tsources containing it`;
fs.writeFileSync(outFile, [header, ...rows.map(([form, r]) => `${form}\t${(r.weight / dirs.length).toFixed(1)}\t${r.raw}\t${r.sources}`)].join("\n") + "\n");
for (const { dir, counts } of perSource) {
  console.log(`${dir}: ${[...counts.values()].reduce((a, b) => a + b, 0)} tokens, ${counts.size} forms`);
}
