"use client";
// What the glossary knows about one name, shown in the shared tooltip or popover.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DocumentEntity } from "@/lib/glossary/types";

export function EntityTip({ entity, withLink = false }: { entity: DocumentEntity; withLink?: boolean }) {
  const t = useTranslations("Glossary");
  return (
    <>
      <span className="block font-semibold" lang="id">{entity.source}</span>
      <span className="block">{t(`types.${entity.type}`)}</span>
      <span className="block" lang="en">{entity.target ? t("markEnglish", { target: entity.target }) : t("noTarget")}</span>
      <span className="block text-muted">{t("alsoIn", { count: entity.otherDocumentCount })}</span>
      {withLink && (
        <Link href={`/glossary/${entity.id}`} data-testid="entity-popover-link" className="mt-1 block font-medium text-accent underline">
          {t("openEntry")}
        </Link>
      )}
    </>
  );
}
