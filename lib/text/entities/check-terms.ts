// After machine translation, every entity in the sentence should appear in the English with
// its glossary rendering. A source spelling left as is ("Korut", "Moskow") is replaced when
// only one entry claims it; anything else is reported for a person to look at.
import { closestSpan } from "./closest-span";
import { foldName } from "./fold";
import { acceptedRenderings, findAll, overlaps, sourceNames, type Found } from "./render-match";
import type { EntityMatch, TermCheck, TermEntry, TermMismatch } from "./types";

type Plan = { key: string; expected: string; accepted: string[]; untranslated: string[] };
type Leftover = Found & { keys: string[] };

export function checkTerms(source: string, target: string, entries: readonly TermEntry[], mentions: readonly EntityMatch[]): TermCheck {
  const present = mentions.filter((m) => source.slice(m.start, m.end) === m.surface || source.includes(m.surface));
  const plans = [...new Set(present.map((m) => m.key))]
    .map((key) => planFor(key, entries, present))
    .filter((plan): plan is Plan => plan !== null);
  const leftovers = untranslatedSpans(target, plans);
  const fixable = leftovers.filter((l) => l.keys.length === 1);
  let fixed = target;
  for (const leftover of [...fixable].sort((a, b) => b.start - a.start)) {
    const plan = plans.find((p) => p.key === leftover.keys[0]);
    if (plan) fixed = fixed.slice(0, leftover.start) + plan.expected + fixed.slice(leftover.end);
  }
  const mismatches: TermMismatch[] = [];
  for (const plan of plans) {
    if (plan.accepted.some((r) => findAll(fixed, r).length > 0)) continue;
    const ambiguous = leftovers.find((l) => l.keys.length > 1 && l.keys.includes(plan.key));
    mismatches.push({ key: plan.key, expected: plan.expected, found: ambiguous?.text ?? closestSpan(fixed, plan.expected) });
  }
  return { target: fixed, fixed: fixable.length > 0, mismatches };
}

function planFor(key: string, entries: readonly TermEntry[], mentions: readonly EntityMatch[]): Plan | null {
  const ofKey = mentions.filter((m) => m.key === key);
  const entry = entries.find((e) => e.key === key);
  const expected = entry?.target ?? ofKey.find((m) => m.target !== null)?.target ?? null;
  if (!expected) return null;
  const surfaces = [...(entry?.surfaces ?? []), ...ofKey.map((m) => m.surface)];
  if (entry?.doNotTranslate) return { key, expected, accepted: [...new Set([expected, ...surfaces])], untranslated: [] };
  // "Putin" for Vladimir Putin: a part of the rendering is an acceptable rendering of the part.
  const expectedWords = new Set(foldName(expected).split(" "));
  const partial = ofKey.map((m) => m.surface).filter((s) => foldName(s).split(" ").every((w) => expectedWords.has(w)));
  const accepted = [...new Set([...acceptedRenderings(key, expected), ...partial])];
  const acceptedFolded = new Set(accepted.map(foldName));
  const untranslated = [...new Set([...surfaces, ...sourceNames(key)])].filter(
    (form) => form.length > 1 && !acceptedFolded.has(foldName(form)),
  );
  return { key, expected, accepted, untranslated };
}

/**
 * Source spellings in the translation, longest first. One lying inside an accepted English
 * rendering is English after all ("Korea" inside "North Korea"), so it is left alone.
 */
function untranslatedSpans(target: string, plans: readonly Plan[]): Leftover[] {
  const protectedSpans = plans.flatMap((plan) => plan.accepted.flatMap((r) => findAll(target, r)));
  const found = plans
    .flatMap((plan) => plan.untranslated.flatMap((form) => findAll(target, form, false).map((f) => ({ ...f, key: plan.key }))))
    .filter((f) => !protectedSpans.some((p) => p.start <= f.start && f.end <= p.end))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const leftovers: Leftover[] = [];
  for (const span of found) {
    const same = leftovers.find((l) => l.start === span.start && l.end === span.end);
    if (same) {
      if (!same.keys.includes(span.key)) same.keys.push(span.key);
    } else if (!leftovers.some((l) => overlaps(l, span))) {
      leftovers.push({ start: span.start, end: span.end, text: span.text, keys: [span.key] });
    }
  }
  return leftovers;
}
