// The English side of an article brought with its published translation: cleaned like the
// Indonesian (boilerplate, duplicates, datelines), split with the English rules, checked
// against the Indonesian side, then aligned sentence by sentence. Refusals throw before
// anything is stored; warnings go into the ingest report.
import { AppError } from "@/lib/errors";
import { cleanArticle } from "@/lib/text/clean-article";
import { normalizeText } from "@/lib/text/normalize";
import { buildAlignedRows } from "@/lib/text/align/build-aligned-segments";
import { checkTranslationPair } from "@/lib/text/align/check-translation-pair";
import { splitEnglishSentences } from "@/lib/text/align/segment-english";
import { loadAlignDictionary } from "@/lib/translation/load-align-dictionary";
import { contentHashOf, type PreparedArticle, type PreparedSegment } from "./prepare-article";

export type TranslationInput = { text: string; title?: string | null };

export type AlignedSegment = PreparedSegment & { target: string | null; status: "reference"; engine: "aligned"; alignConfidence: number };
export type AlignedArticle = Omit<PreparedArticle, "segments"> & { segments: AlignedSegment[] };

const REFUSALS: Record<string, string> = {
  "source-empty": "The Indonesian side is empty.",
  "translation-empty": "The English side is empty: paste or upload the translation, or leave the field out.",
  "translation-not-english": "The English side does not look like English.",
  "sides-swapped": "The two sides look swapped: the Indonesian text goes first, its English translation second.",
};

export function alignTranslation(article: PreparedArticle, indonesianText: string, translation: TranslationInput): AlignedArticle {
  const english = normalizeText(translation.text);
  const body = article.segments.filter((s) => s.kind === "body");
  const problems = checkTranslationPair(body.map((s) => s.source).join(" "), english);
  const refusal = problems.find((p) => p.kind === "error");
  if (refusal) throw new AppError("invalid-input", REFUSALS[refusal.code] ?? refusal.code, { problem: refusal.code });
  const warnings = problems.flatMap((p) => (p.kind === "warning" ? [`The English side is ${p.ratio}× the length of the Indonesian; check that it is the same article.`] : []));
  const givenTitle = translation.title ? normalizeText(translation.title).replace(/\s+/g, " ").trim() : null;
  const cleaned = cleanArticle(english, { title: givenTitle });
  const englishParagraphs = cleaned.paragraphs.map(splitEnglishSentences).filter((p) => p.length > 0);
  const indonesianParagraphs = groupByParagraph(body);
  const rows = buildAlignedRows(indonesianParagraphs.map((p) => p.sentences), englishParagraphs, loadAlignDictionary(), 0);
  const title = article.segments.find((s) => s.kind === "title");
  const englishTitle = givenTitle || cleaned.title || null;
  const segments: AlignedSegment[] = [];
  if (title) segments.push({ ...title, target: englishTitle, status: "reference", engine: "aligned", alignConfidence: englishTitle ? 1 : 0 });
  for (const row of rows) {
    segments.push({
      paragraphIndex: indonesianParagraphs[row.paragraphIndex]?.index ?? 1,
      position: segments.length, kind: "body", source: row.source,
      target: row.target, status: "reference", engine: "aligned", alignConfidence: row.confidence,
    });
  }
  return {
    ...article,
    contentHash: contentHashOf(`${normalizeText(indonesianText)}\n\u0000translation\n${english}`),
    report: { ...article.report, warnings: [...article.report.warnings, ...warnings] },
    segments,
  };
}

function groupByParagraph(body: readonly PreparedSegment[]): { index: number; sentences: string[] }[] {
  const groups: { index: number; sentences: string[] }[] = [];
  for (const segment of body) {
    const last = groups.at(-1);
    if (last && last.index === segment.paragraphIndex) last.sentences.push(segment.source);
    else groups.push({ index: segment.paragraphIndex, sentences: [segment.source] });
  }
  return groups;
}
