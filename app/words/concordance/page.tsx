// Every sentence with a word's root (/words/concordance?word=dikirimkan), with translations:
// the "all sentences" link of the word popover.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { findWordExamples } from "@/lib/dictionary/find-word-examples";
import { wordParam } from "@/lib/dictionary/word-param";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const MAX = 100;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Words"))("title") };
}

export default async function ConcordancePage({ searchParams }: Props) {
  await connection();
  const [params, t] = await Promise.all([searchParams, getTranslations("Words")]);
  const word = wordParam.safeParse(typeof params.word === "string" ? params.word : "");
  if (!word.success) return <p role="alert">{t("concordanceBad")}</p>;
  const { root, examples } = await findWordExamples(word.data, { limit: MAX });
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("concordanceTitle", { root })}</h1>
      <p className="text-muted">{t("concordanceIntro", { root, max: MAX })}</p>
      {examples.length === 0 ? (
        <p>{t("concordanceNone")}</p>
      ) : (
        <ol data-testid="concordance" className="space-y-3">
          {examples.map((example) => (
            <li key={example.segmentId} className="rounded-lg border border-line bg-surface p-3">
              <Link href={`/documents/${encodeURIComponent(example.documentId)}#segment-${encodeURIComponent(example.segmentId)}`} className="block hover:underline">
                <span lang="id" className="block">{example.source}</span>
                {example.target && <span lang="en" className="block text-muted">{example.target}</span>}
                <span className="block text-xs text-muted">{example.documentTitle}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
