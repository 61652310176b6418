// My words: every saved word with its sentence pair, status keys, search, sort, tint mode
// and the Anki and CSV exports. The list is the browser's own when there is no account.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WordsList } from "../_components/words/words-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Words");
  return { title: t("title") };
}

export default async function WordsPage() {
  const t = await getTranslations("Words");
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <WordsList />
    </div>
  );
}
