// Document-wide linking: an acronym defined in brackets takes its long form's identity, a bare
// surname takes the identity of the full name it abbreviates (Putin → Vladimir Putin, Kim →
// Kim Jong Un), and every mention of a key takes the type its best-evidenced mention has.
import { isAcronym } from "./fold";
import type { Mention } from "./mention";

type Located = { mention: Mention; sentence: number; text: string };

export function linkDocument(document: readonly Mention[][], texts: readonly string[]): void {
  const all: Located[] = document.flatMap((mentions, sentence) =>
    mentions.map((mention) => ({ mention, sentence, text: texts[sentence] ?? "" })),
  );
  linkAcronyms(all);
  linkSurnames(all);
  settleTypes(all.map((l) => l.mention));
}

function adopt(mention: Mention, from: Mention): void {
  mention.key = from.key;
  mention.canonical = from.canonical;
  mention.target = from.target;
  mention.type = from.type;
  mention.evidence = Math.max(mention.evidence, from.evidence);
}

/** "Kantor Berita Pusat Korea (KCNA)": later bare KCNA mentions are that body. */
function linkAcronyms(all: readonly Located[]): void {
  const defined = new Map<string, Mention>();
  all.forEach(({ mention, text }, i) => {
    const previous = all[i - 1];
    const isDefinition =
      previous !== undefined &&
      previous.text === text &&
      !mention.fromGazetteer &&
      isAcronym(mention.surface) &&
      /^\s*\(\s*$/u.test(text.slice(previous.mention.end, mention.start)) &&
      /^\s*\)/u.test(text.slice(mention.end));
    if (isDefinition) defined.set(mention.key, previous.mention);
  });
  for (const { mention } of all) {
    const longForm = defined.get(mention.key);
    if (longForm && !mention.fromGazetteer) adopt(mention, longForm);
  }
}

function linkSurnames(all: readonly Located[]): void {
  const fullNames = all.filter(({ mention }) => mention.type === "person" && mention.words.length > 1);
  all.forEach(({ mention }) => {
    if (mention.fromGazetteer || mention.words.length !== 1 || mention.evidence >= 3) return;
    const word = mention.words[0];
    const matches = fullNames.filter(({ mention: full }) => full.words[0] === word || full.words.at(-1) === word);
    const chosen = principal(matches);
    if (chosen) adopt(mention, { ...chosen.mention, type: "person" });
  });
}

/**
 * Which full name a bare surname means: the one mentioned most, then the one introduced
 * first. "Kim" after "Kim Jong-un … his sister Kim Yo-jong" is still Kim Jong-un.
 */
function principal(matches: readonly Located[]): Located | undefined {
  const counts = new Map<string, number>();
  for (const { mention } of matches) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
  let best: Located | undefined;
  for (const located of matches) {
    if (!best || (counts.get(located.mention.key) ?? 0) > (counts.get(best.mention.key) ?? 0)) best = located;
  }
  return best;
}

function settleTypes(mentions: readonly Mention[]): void {
  const best = new Map<string, Mention>();
  for (const mention of mentions) {
    const current = best.get(mention.key);
    if (!current || mention.evidence > current.evidence) best.set(mention.key, mention);
  }
  for (const mention of mentions) {
    const winner = best.get(mention.key);
    if (!winner || winner === mention) continue;
    mention.type = winner.type;
    mention.canonical = winner.canonical;
    if (!mention.fromGazetteer) mention.target = winner.target;
  }
}
