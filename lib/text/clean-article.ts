// From normalised page text to the paragraphs worth translating, plus the metadata found on
// the way. Every dropped line is reported so the user can restore it with one click
// (`keepLines`); nothing is dropped silently.
import { boilerplateRule } from "./boilerplate-rules";
import { looksLikeHeadline } from "./detect-title";
import { isLoneDateline, splitLeadTag } from "./extract-dateline";
import { splitParagraphLines } from "./split-paragraphs";

/**
 * `paragraph` is the line's paragraph in the page (splitParagraphLines of the text) and
 * `lineIndex` its line there; a duplicate paragraph is the whole page paragraph (lineIndex -1).
 * With `origins` they let a restore put a line back at its place without cleaning again.
 */
export type RemovedLine = { line: string; reason: "boilerplate" | "duplicate"; rule: string; paragraph: number; lineIndex: number };
export type CleanArticle = {
  title: string | null;
  dateline: string | null;
  sourceName: string | null;
  paragraphs: string[];
  /** The page paragraph each of `paragraphs` comes from, ascending. */
  origins: number[];
  removed: RemovedLine[];
  duplicateParagraphs: number;
};
export type CleanOptions = { title?: string | null; keepLines?: readonly string[] };

/**
 * Datelines and source tags sit in the first paragraphs after the title; looking further
 * down would catch body text. Counted in the page's own paragraphs before anything is
 * removed, so removing or restoring a boilerplate line never moves one in or out of the lead.
 */
const LEAD_PARAGRAPHS = 3;

const fold = (text: string): string => text.replace(/\s+/gu, " ").trim();

export function cleanArticle(text: string, options: CleanOptions = {}): CleanArticle {
  const keep = new Set((options.keepLines ?? []).map(fold));
  const removed: RemovedLine[] = [];
  const pageParagraphs = splitParagraphLines(text);
  const groups = pageParagraphs.map((lines, p) => lines.filter((line, l) => !removeBoilerplate(line, keep, removed, p, l)));
  const kept = groups.map((lines, at) => ({ lines, at })).filter((g) => g.lines.length > 0);
  const firstLines = kept[0]?.lines.length ?? 0;
  const title = takeTitle(kept.map((g) => g.lines), options.title ? fold(options.title) : null);
  const titleTaken = kept[0] !== undefined && kept[0].lines.length < firstLines;
  const leadEnd = (titleTaken ? (kept[0]?.at ?? 0) + 1 : 0) + LEAD_PARAGRAPHS;
  const lead = takeLead(kept.filter((g) => g.lines.length > 0).map((g) => ({ text: g.lines.join(" "), lead: g.at < leadEnd, at: g.at })));
  const unique = dropDuplicates(lead.paragraphs, lead.origins, title, keep, removed);
  return {
    title,
    dateline: lead.dateline,
    sourceName: lead.sourceName,
    paragraphs: unique.map((p) => p.text),
    origins: unique.map((p) => p.at),
    removed,
    duplicateParagraphs: removed.filter((r) => r.reason === "duplicate").length,
  };
}

function removeBoilerplate(line: string, keep: ReadonlySet<string>, removed: RemovedLine[], paragraph: number, lineIndex: number): boolean {
  if (keep.has(fold(line))) return false;
  const rule = boilerplateRule(line);
  if (rule) removed.push({ line, reason: "boilerplate", rule, paragraph, lineIndex });
  return rule !== null;
}

/** Takes the first line out of `groups` when it is the title; returns the title. */
function takeTitle(groups: string[][], given: string | null): string | null {
  const firstLine = groups[0]?.[0];
  const nextLine = groups[0]?.[1];
  const isTitle = firstLine !== undefined && (given ? fold(firstLine) === given : looksLikeHeadline(firstLine));
  // A hard-wrapped first line continues in lower case; a headline is followed by a new start.
  const wraps = nextLine !== undefined && /^\p{Ll}/u.test(nextLine);
  // A lone first line is a headline only if something follows it.
  if (isTitle && !wraps && (groups.length > 1 || nextLine !== undefined)) {
    groups[0]?.shift();
    if (groups[0]?.length === 0) groups.shift();
    return given ?? firstLine;
  }
  return given;
}

type Lead = { dateline: string | null; sourceName: string | null; paragraphs: string[]; origins: number[] };

function takeLead(page: readonly { text: string; lead: boolean; at: number }[]): Lead {
  const lead: Lead = { dateline: null, sourceName: null, paragraphs: page.map((p) => p.text), origins: page.map((p) => p.at) };
  const inLead = page.map((p) => p.lead);
  const loneAt = page.findIndex((p) => p.lead && isLoneDateline(p.text));
  if (loneAt >= 0) {
    lead.dateline = lead.paragraphs.splice(loneAt, 1)[0] ?? null;
    lead.origins.splice(loneAt, 1);
    inLead.splice(loneAt, 1);
  }
  for (let i = 0; i < lead.paragraphs.length && inLead[i]; i++) {
    const tag = splitLeadTag(lead.paragraphs[i] ?? "");
    if (!tag) continue;
    lead.dateline ??= tag.dateline;
    lead.sourceName ??= tag.sourceName;
    lead.paragraphs[i] = tag.rest;
    break;
  }
  return lead;
}

/** Pages that repeat their lead (corpus 004) or the headline keep one copy of each paragraph. */
function dropDuplicates(
  paragraphs: readonly string[],
  origins: readonly number[],
  title: string | null,
  keep: ReadonlySet<string>,
  removed: RemovedLine[],
): { text: string; at: number }[] {
  const seen = new Set<string>(title ? [fold(title)] : []);
  return paragraphs.map((text, i) => ({ text, at: origins[i] ?? -1 })).filter(({ text: paragraph, at }) => {
    // The first copy of a repeated lead has already lost its "KOTA —" tag; the repeat has not.
    const key = fold(splitLeadTag(paragraph)?.rest ?? paragraph);
    if (!seen.has(key) || keep.has(fold(paragraph))) {
      seen.add(key);
      return true;
    }
    removed.push({ line: paragraph, reason: "duplicate", rule: "repeated-paragraph", paragraph: at, lineIndex: -1 });
    return false;
  });
}
