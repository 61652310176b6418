// Translates the FLORES-200 devtest (../shared/eval) with the offline draft engine and scores
// it with the chrF scorer shipped beside the data. Prints one JSON object.
// Usage: npx tsx scripts/eval-draft.ts [eval dir] [--out hypotheses.txt]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDraftEngine } from "../lib/translation/draft/draft-engine";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
const evalDir = path.resolve(args.find((a, i) => !a.startsWith("--") && i !== outIndex + 1) ?? path.join(root, "../shared/eval"));

const source = path.join(evalDir, "flores200-devtest.ind");
const reference = path.join(evalDir, "flores200-devtest.eng");
const scorer = path.join(evalDir, "chrf.py");
for (const file of [source, reference, scorer]) {
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}: the FLORES devtest and chrf.py are expected in ${evalDir}`);
    process.exit(2);
  }
}

function chrf(hypothesisFile: string): number {
  const printed = execFileSync("python3", [scorer, reference, hypothesisFile], { encoding: "utf8" });
  const match = /chrF ([\d.]+)/.exec(printed);
  if (!match?.[1]) throw new Error(`unexpected scorer output: ${printed}`);
  return Number(match[1]);
}

const sentences = fs.readFileSync(source, "utf8").split("\n").filter((line, i, all) => line !== "" || i < all.length - 1);
const started = process.hrtime.bigint();
const hypotheses = await createDraftEngine().translate(sentences);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const hypothesisFile = outFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "selaras-eval-")), "draft.eng");
fs.writeFileSync(hypothesisFile, `${hypotheses.join("\n")}\n`);
// Reference measured in the same run: copying the source untranslated.
console.log(
  JSON.stringify({
    set: "flores200-devtest ind→eng",
    sentences: sentences.length,
    chrfDraft: chrf(hypothesisFile),
    chrfCopySource: chrf(source),
    publishedNeural: { "NLLB-200 distilled 600M": 65.3, "OPUS-MT msa-eng": 64.7 },
    sentencesPerSecond: Math.round(sentences.length / seconds),
    ...(outFile ? { hypotheses: outFile } : {}),
  }),
);
