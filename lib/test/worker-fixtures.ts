// Shared by the worker-process tests and the worker benchmark: articles of a chosen
// number of distinct sentences, the engine call log the counting worker writes, and
// a bounded wait.
import fs from "node:fs";
import { sleep } from "./child-process";

const WORDS = ["rumah", "kota", "jalan", "pasar", "sekolah", "sungai", "gunung", "kantor", "desa", "pantai"];

/** A title and `sentences` distinct body sentences (the title is one more segment). */
export function articleOf(sentences: number, seed = "Kabar"): string {
  const body = Array.from({ length: sentences }, (_, i) => {
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length]!;
    return `${seed} nomor ${i + 1} tentang ${a} dan ${b} sudah datang.`;
  });
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i += 4) paragraphs.push(body.slice(i, i + 4).join(" "));
  return `${seed} hari ini ${sentences}\n\n${paragraphs.join("\n\n")}`;
}

export type EngineCall = { worker: string; sentence: string };

export function readCallLog(file: string): EngineCall[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [worker = "", ...rest] = line.split("\t");
      return { worker, sentence: rest.join("\t") };
    });
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, explain: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms\n${explain()}`);
    await sleep(100);
  }
}
