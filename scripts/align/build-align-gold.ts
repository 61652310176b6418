// Builds the alignment gold set from gettext catalogues that Debian installs: each message is a
// human translation of one English message, so message boundaries are a known correspondence.
// Messages that read like prose (no option tables, no format-only strings) are kept; each one is
// a gold bead. Usage: tsx scripts/align/build-align-gold.ts OUT.tsv /usr/share/locale/id/LC_MESSAGES/*.mo
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

function readMo(file: string): [string, string][] {
  const buf = readFileSync(file);
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const at = (table: number, k: number) => buf.subarray(u32(table + 8 * k + 4), u32(table + 8 * k + 4) + u32(table + 8 * k)).toString("utf8");
  const messages: [string, string][] = [];
  for (let k = 0; k < count; k++) messages.push([at(originals, k), at(translations, k)]);
  return messages;
}

const prose = (s: string): boolean =>
  s.length >= 25 && s.length <= 400 && !/[\0\x04\t]|%|\\|--|[<>{}[\]|_=]|^\s|\n\s/.test(s) && (s.match(/\p{L}{2,}/gu) ?? []).length >= 4 && /[.!?]$/u.test(s.trim());

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) throw new Error("usage: build-align-gold OUT.tsv FILE.mo…");
const lines = ["# package\tenglish\tindonesian (newlines inside a message become spaces)"];
const seen = new Set<string>();
for (const file of files) {
  for (const [english, indonesian] of readMo(file)) {
    const en = english.replace(/\s+/g, " ").trim();
    const id = indonesian.replace(/\s+/g, " ").trim();
    if (!prose(english) || !prose(indonesian) || en === id || seen.has(en)) continue;
    seen.add(en);
    lines.push(`${path.basename(file, ".mo")}\t${en}\t${id}`);
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length - 1} messages`);
