// From normalised page text to the paragraphs worth translating, plus the metadata found on
// the way. Every dropped line is reported so the user can restore it with one click
// (`keepLines`); nothing is dropped silently.
import { boilerplateRule } from "./boilerplate-rules";
import { looksLikeHeadline } from "./detect-title";
import { isLoneDateline, splitLeadTag } from "./extract-dateline";
import { splitParagraphLines } from "./split-paragraphs";

export type RemovedLine = { line: string; reason: "boilerplate" | "duplicate"; rule: string };
export type CleanArticle = {
  title: string | null;
  dateline: string | null;
  sourceName: string | null;
  paragraphs: string[];
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
  const groups = pageParagraphs.map((lines) => lines.filter((line) => !removeBoilerplate(line, keep, removed)));
  const kept = groups.map((lines, at) => ({ lines, at })).filter((g) => g.lines.length > 0);
  const firstLines = kept[0]?.lines.length ?? 0;
  const title = takeTitle(kept.map((g) => g.lines), options.title ? fold(options.title) : null);
  const titleTaken = kept[0] !== undefined && kept[0].lines.length < firstLines;
  const leadEnd = (titleTaken ? (kept[0]?.at ?? 0) + 1 : 0) + LEAD_PARAGRAPHS;
  const lead = takeLead(kept.filter((g) => g.lines.length > 0).map((g) => ({ text: g.lines.join(" "), lead: g.at < leadEnd })));
  const paragraphs = dropDuplicates(lead.paragraphs, title, keep, removed);
  return {
    title,
    dateline: lead.dateline,
    sourceName: lead.sourceName,
    paragraphs,
    removed,
    duplicateParagraphs: removed.filter((r) => r.reason === "duplicate").length,
  };
}

function removeBoilerplate(line: string, keep: ReadonlySet<string>, removed: RemovedLine[]): boolean {
  if (keep.has(fold(line))) return false;
  const rule = boilerplateRule(line);
  if (rule) removed.push({ line, reason: "boilerplate", rule });
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

type Lead = { dateline: string | null; sourceName: string | null; paragraphs: string[] };

function takeLead(page: readonly { text: string; lead: boolean }[]): Lead {
  const lead: Lead = { dateline: null, sourceName: null, paragraphs: page.map((p) => p.text) };
  const inLead = page.map((p) => p.lead);
  const loneAt = page.findIndex((p) => p.lead && isLoneDateline(p.text));
  if (loneAt >= 0) {
    lead.dateline = lead.paragraphs.splice(loneAt, 1)[0] ?? null;
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
function dropDuplicates(paragraphs: readonly string[], title: string | null, keep: ReadonlySet<string>, removed: RemovedLine[]): string[] {
  const seen = new Set<string>(title ? [fold(title)] : []);
  return paragraphs.filter((paragraph) => {
    // The first copy of a repeated lead has already lost its "KOTA —" tag; the repeat has not.
    const key = fold(splitLeadTag(paragraph)?.rest ?? paragraph);
    if (!seen.has(key) || keep.has(fold(paragraph))) {
      seen.add(key);
      return true;
    }
    removed.push({ line: paragraph, reason: "duplicate", rule: "repeated-paragraph" });
    return false;
  });
}
