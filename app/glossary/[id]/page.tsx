// One glossary entry: its English rendering and settings, its spellings (split one off),
// merging another entry into it, and the concordance of every mention in the corpus.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getGlossaryEntry, MAX_CONCORDANCE } from "@/lib/glossary/get-glossary-entry";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { findGlossaryRedirect } from "@/lib/glossary/find-glossary-redirect";
import { renderingLine } from "@/lib/glossary/entry-fields";
import { EntityTypeBadge } from "@/app/_components/glossary/entity-type-badge";
import { RenderingEditor } from "@/app/_components/glossary/rendering-editor";
import { EntrySettings } from "@/app/_components/glossary/entry-settings";
import { VariantList } from "@/app/_components/glossary/variant-list";
import { MergeForm } from "@/app/_components/glossary/merge-form";
import { Concordance } from "@/app/_components/glossary/concordance";
import { NotANameButton } from "@/app/_components/glossary/not-a-name-button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [entry, t] = await Promise.all([getGlossaryEntry(id), getTranslations("Glossary")]);
  return { title: entry ? t("entryTitle", { name: entry.source }) : t("heading") };
}

export default async function GlossaryEntryPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const entry = await getGlossaryEntry(id);
  if (!entry) {
    // A merged-away entry lives on in the one that absorbed it.
    const survivor = await findGlossaryRedirect(id);
    if (survivor) permanentRedirect(`/glossary/${encodeURIComponent(survivor)}?merged=1`);
    notFound();
  }
  const [sameType, t] = await Promise.all([listGlossary({ type: entry.type }), getTranslations("Glossary")]);
  const rendering = renderingLine(entry);
  const candidates = sameType.filter((e) => e.id !== entry.id).map(({ id: candidateId, source, target }) => ({ id: candidateId, source, target }));
  return (
    <article aria-labelledby="entry-heading" className="space-y-10">
      <header className="space-y-3">
        <Link href="/glossary" className="text-sm text-muted">← {t("backToList")}</Link>
        {query.merged === "1" && (
          <p role="status" data-testid="merged-notice" className="rounded-lg bg-accent-soft px-4 py-2 text-sm text-ink">{t("mergedNotice")}</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="entry-heading" lang="id" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{entry.source}</h1>
          <EntityTypeBadge type={entry.type} />
          <NotANameButton entryId={entry.id} name={entry.source} />
        </div>
        <p className="text-lg" data-testid="entry-target">
          {rendering.english === null ? (
            <span className="font-serif text-muted">{t("noTarget")}</span>
          ) : (
            <span lang="en" className="font-serif">{rendering.english}</span>
          )}
          {rendering.note && <span className="text-sm text-muted"> ({rendering.note === "doNotTranslate" ? t("doNotTranslate") : t(`origin.${rendering.note}`)})</span>}
        </p>
        <p className="text-sm text-muted">
          {t("documents", { count: entry.documentCount })} · {t("mentions", { count: entry.mentionCount })}
        </p>
      </header>

      <section aria-labelledby="settings-heading" className="grid gap-8 rounded-2xl border border-line bg-surface px-5 py-5 shadow-sm sm:px-8 lg:grid-cols-2">
        <h2 id="settings-heading" className="sr-only">{t("settingsHeading")}</h2>
        <div className="space-y-6">
          <RenderingEditor entryId={entry.id} name={entry.source} target={entry.target} />
          <div className="space-y-2">
            <h3 className="text-sm font-medium">{t("variantsHeading")}</h3>
            <VariantList entryId={entry.id} variants={entry.variants} />
          </div>
          <div className="space-y-2">
            <h3 className="text-sm font-medium">{t("mergeHeading")}</h3>
            <MergeForm keepId={entry.id} candidates={candidates} />
          </div>
        </div>
        <EntrySettings key={`${entry.source}|${entry.type}|${entry.doNotTranslate}|${entry.notes}`} entry={entry} />
      </section>

      <section aria-labelledby="concordance-heading" className="space-y-3">
        <h2 id="concordance-heading" className="text-xl font-semibold">{t("concordanceHeading")}</h2>
        <p className="text-sm text-muted">
          {t("concordanceIntro", { count: entry.mentionCount, documents: t("documents", { count: entry.documentCount }) })}
          {entry.mentions.length < entry.mentionCount && ` ${t("concordanceCut", { shown: MAX_CONCORDANCE })}`}
        </p>
        {entry.mentions.length > 0 && <Concordance mentions={entry.mentions} />}
      </section>
    </article>
  );
}
