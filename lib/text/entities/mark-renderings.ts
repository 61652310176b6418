// Where glossary renderings occur in a translation, so the reader can mark the English side
// of each entity. Longer renderings win over shorter ones they contain ("North Korea" over
// "Korea"); a person's rendering also marks the surname alone ("Putin", "Kim").
import { entryByKey } from "./gazetteer";
import { acceptedRenderings, findAll, overlaps } from "./render-match";
import type { Rendering, RenderingSpan } from "./types";

/** Words that make a multi-word rendering a body or a place, so its parts are not surnames. */
const NOT_PERSON = new Set(
  `Army Navy Force Forces Ministry Institute Commission Committee Agency Council Party University Bank
   Union Nations Republic Kingdom States Organization Organisation Court Office Department Center
   Centre Service News Group Company Corporation Foundation Association League Front Assembly House
   Senate Congress Parliament Government Police Guard Sea Ocean Strait Island Islands City North South
   East West Central United National International People's Korea`.split(/\s+/u),
);

function personParts(key: string, rendering: string): string[] {
  const entry = entryByKey(key);
  if (entry && entry.type !== "person") return [];
  const words = rendering.split(/\s+/u);
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w) || NOT_PERSON.has(w))) return [];
  return [words[0], words.at(-1)].filter((w): w is string => w !== undefined && w.length >= 3);
}

export function markRenderings(target: string, renderings: readonly Rendering[]): RenderingSpan[] {
  const candidates = renderings.flatMap(({ key, target: rendering }) =>
    [...acceptedRenderings(key, rendering), ...personParts(key, rendering)].flatMap((form) =>
      findAll(target, form).map((found) => ({ start: found.start, end: found.end, key })),
    ),
  );
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: RenderingSpan[] = [];
  for (const span of candidates) if (!chosen.some((c) => overlaps(c, span))) chosen.push(span);
  return chosen.sort((a, b) => a.start - b.start);
}
