"use client";
// What Selaras knows about one tapped word, built when it opens (see use-word-help): root
// and affixes, senses or the glossary name's entry, the English that most likely renders it
// (lit in the English sentence), other sentences with the same root, and "Save word".
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { DictionaryEntry, WordExample } from "@/lib/dictionary/types";
import { glossSpans } from "@/lib/text/words/gloss-spans";
import { paint } from "./highlights";
import { readSentence, rangeOf } from "./sentence-text";
import { WordSaveButton } from "./word-save-button";
import { WordSenses } from "./word-senses";

export type WordContext = { word: string; segmentId: string; documentId: string; documentTitle: string; source: string; target: string; targetElementId: string };
type Loaded = { entry: DictionaryEntry; examples: WordExample[]; rendering: string[] | null };

/** Learning mode hides the English until asked for: the popover must not give it away. */
const englishShown = (id: string) => (document.getElementById(id)?.getClientRects().length ?? 0) > 0;

async function load(context: WordContext): Promise<Loaded> {
  const word = encodeURIComponent(context.word);
  const [entry, examples] = await Promise.all([
    fetch(`/api/dictionary?word=${word}`).then((r) => (r.ok ? (r.json() as Promise<DictionaryEntry>) : Promise.reject(new Error(String(r.status))))),
    fetch(`/api/dictionary/examples?word=${word}&exclude=${encodeURIComponent(context.segmentId)}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ examples: WordExample[] }>) : { examples: [] }))
      .catch(() => ({ examples: [] })),
  ]);
  const glosses = entry.entry?.target ? [entry.entry.target] : entry.senses.map((s) => s.gloss);
  const rendering = englishShown(context.targetElementId) ? glossSpans(context.target, glosses).map((span) => context.target.slice(span.start, span.end)) : null;
  return { entry, examples: examples.examples.slice(0, 5), rendering };
}

/** Lights the English words in the pair's English sentence while the popover is open. */
function useRenderingHighlight(context: WordContext, loaded: Loaded | null): void {
  useEffect(() => {
    const element = document.getElementById(context.targetElementId);
    if (!loaded?.rendering || !element) return;
    const sentence = readSentence(element);
    const glosses = loaded.entry.entry?.target ? [loaded.entry.entry.target] : loaded.entry.senses.map((s) => s.gloss);
    const ranges = glossSpans(sentence.text, glosses).flatMap((span) => rangeOf(sentence, span) ?? []);
    paint("word-rendering", ranges);
    return () => paint("word-rendering", []);
  }, [context.targetElementId, loaded]);
}

export function WordPopover({ context }: { context: WordContext }) {
  const t = useTranslations("WordHelp");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load(context).then((result) => live && setLoaded(result), () => live && setFailed(true));
    return () => void (live = false);
  }, [context]);
  useRenderingHighlight(context, loaded);

  return (
    <div data-testid="word-popover" data-word={context.word} className="space-y-2">
      <p className="text-base font-semibold" lang="id">{context.word}</p>
      {failed && <p role="alert">{t("failed")}</p>}
      {!loaded && !failed && <p aria-live="polite" className="text-muted">{t("loading")}</p>}
      {loaded && (
        <>
          <WordSenses entry={loaded.entry} />
          {loaded.rendering && (
            <p data-testid="word-rendering" className="text-sm">
              {loaded.rendering.length > 0 ? t("rendering", { words: [...new Set(loaded.rendering)].join(", ") }) : t("noRendering")}
            </p>
          )}
          <WordExamples word={context.word} root={loaded.entry.root} examples={loaded.examples} />
          <WordSaveButton context={context} entry={loaded.entry} />
        </>
      )}
    </div>
  );
}

function WordExamples({ word, root, examples }: { word: string; root: string; examples: WordExample[] }) {
  const t = useTranslations("WordHelp");
  return (
    <section aria-label={t("examplesLabel", { root })} className="border-t border-line pt-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t("examplesTitle", { root })}</p>
      {examples.length === 0 ? (
        <p className="text-sm text-muted">{t("noExamples")}</p>
      ) : (
        <ul data-testid="word-examples" className="space-y-1.5">
          {examples.map((example) => (
            <li key={example.segmentId} className="text-sm">
              <Link href={`/documents/${encodeURIComponent(example.documentId)}#segment-${encodeURIComponent(example.segmentId)}`} className="block hover:underline">
                <span lang="id" className="block">{example.source}</span>
                {example.target && <span lang="en" className="block text-muted">{example.target}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/words/concordance?word=${encodeURIComponent(word)}`} data-testid="word-concordance-link" className="mt-1 inline-block font-medium text-accent underline">
        {t("allExamples", { root })}
      </Link>
    </section>
  );
}
