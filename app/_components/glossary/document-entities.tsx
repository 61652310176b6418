import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DocumentEntity } from "@/lib/glossary/types";
import { EntityTypeBadge } from "./entity-type-badge";

/** The reader's glossary panel: the names this article uses, each linking to its entry. */
export function DocumentEntities({ entities }: { entities: DocumentEntity[] }) {
  const t = useTranslations("Glossary");
  return (
    <section aria-labelledby="document-entities-heading" data-testid="document-entities" className="rounded-2xl border border-line bg-surface px-5 py-4 shadow-sm">
      <h2 id="document-entities-heading" className="text-sm font-semibold uppercase tracking-wider text-muted">
        {t("panelHeading")}
      </h2>
      {entities.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("panelEmpty")}</p>
      ) : (
        <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {entities.map((entity) => (
            <li key={entity.id} data-entry-id={entity.id} className="min-w-0 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/glossary/${entity.id}`} lang="id" className="font-semibold text-ink">
                  {entity.source}
                </Link>
                <EntityTypeBadge type={entity.type} />
              </div>
              <p className="text-muted">
                <span lang="en" className="text-ink">{entity.target ?? t("noTarget")}</span>
                {" · "}
                {t("mentions", { count: entity.mentionCount })}
                {" · "}
                {t("alsoIn", { count: entity.otherDocumentCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
