// Mentions in one sentence, before document-wide linking.
import { chunkRun, type Chunk } from "./chunk-run";
import { classifyName, EVIDENCE } from "./classify-name";
import type { DocumentContext, SentenceTokens } from "./document-context";
import { foldName, foldWord } from "./fold";
import { canonicalName, type Mention } from "./mention";
import { scanSentence, type NameRun } from "./name-runs";
import { LANGUAGE_CUES, NOT_ENTITIES } from "./word-lists";
import { looksEnglishName } from "./english-name";

export function detectSentence(sentence: SentenceTokens, context: DocumentContext): Mention[] {
  const scan = scanSentence(sentence, context);
  const mentions: Mention[] = [];
  let languageListEnd = -2;
  for (const run of scan.runs) {
    if (continuesLanguageList(run, sentence, languageListEnd)) {
      languageListEnd = run.last;
      continue;
    }
    const chunks = chunkRun(run, sentence, scan.gazetteer);
    chunks.forEach((chunk, index) => {
      const leads = chunks.slice(0, index).every((c) => c.entry !== null && c.entry.type !== "person");
      const mention = toMention(chunk, run, leads, sentence, scan.titles);
      if (mention) mentions.push(mention);
    });
  }
  return mentions;
}

function toMention(chunk: Chunk, run: NameRun, leads: boolean, sentence: SentenceTokens, titles: readonly NameRun[]): Mention | null {
  const first = sentence.tokens[chunk.first];
  const last = sentence.tokens[chunk.last];
  if (!first || !last) return null;
  const surface = sentence.text.slice(first.start, last.end);
  const words = sentence.tokens.slice(chunk.first, chunk.last + 1).map((t) => foldWord(t.text));
  if (NOT_ENTITIES.has(foldName(surface))) return null;
  const base = { start: first.start, end: last.end, surface, words };
  if (chunk.entry) {
    const { key, canonical, type, english } = chunk.entry;
    return { ...base, key, canonical, type, target: english[0] ?? null, evidence: EVIDENCE.gazetteer, fromGazetteer: true };
  }
  const typed = chunk.type
    ? { type: chunk.type, evidence: EVIDENCE.head }
    : classifyName(sentence.tokens.slice(chunk.first, chunk.last + 1).map((t) => t.text), run, leads, sentence, titles);
  const canonical = canonicalName(surface);
  // A person's name and an already-English name are their own English.
  const target = chunk.target ?? (typed.type === "person" || looksEnglishName(canonical) ? canonical : null);
  return { ...base, key: foldName(surface), canonical, ...typed, target, fromGazetteer: false };
}

/** "bahasa Inggris, Korea, Jepang dan Arab": every name in the list is a language. */
function continuesLanguageList(run: NameRun, { tokens }: SentenceTokens, listEnd: number): boolean {
  const before = tokens[run.first - 1];
  if (before && LANGUAGE_CUES.has(foldWord(before.text)) && /^[ \t]+$/u.test(tokens[run.first]?.gap ?? "")) return true;
  if (listEnd < 0) return false;
  for (let i = listEnd + 1; i <= run.first; i++) {
    const token = tokens[i];
    if (!token || !/^[\s,]*$/u.test(token.gap)) return false;
    if (i < run.first && !["dan", "atau"].includes(foldWord(token.text))) return false;
  }
  return true;
}
