"use client";
// One marked name in the reader. Hover or focus shows what the glossary knows (type,
// English, how many other articles name it); clicking opens the entry. The tip is CSS
// only, so marks cost nothing to render in long articles.
import Link from "next/link";
import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { DocumentEntity } from "@/lib/glossary/types";

export function EntityMark({ entity, children }: { entity: DocumentEntity; children: ReactNode }) {
  const t = useTranslations("Glossary");
  const tipId = useId();
  return (
    <span className="group/entity relative">
      <Link
        href={`/glossary/${entity.id}`}
        data-testid="entity-mark"
        data-entry-id={entity.id}
        data-entity-type={entity.type}
        aria-describedby={tipId}
        className="entity-mark rounded-sm text-inherit underline decoration-dotted underline-offset-4 [text-decoration-thickness:1.5px] hover:decoration-solid focus-visible:decoration-solid"
      >
        {children}
      </Link>
      <span
        id={tipId}
        role="tooltip"
        className="pointer-events-none invisible absolute bottom-full start-0 z-20 mb-1 w-max max-w-64 rounded-md border border-line bg-surface px-2.5 py-1.5 font-sans text-xs leading-5 text-ink opacity-0 shadow-lg transition-opacity group-hover/entity:visible group-hover/entity:opacity-100 group-focus-within/entity:visible group-focus-within/entity:opacity-100"
      >
        <span className="block font-semibold" lang="id">{entity.source}</span>
        <span className="block">{t(`types.${entity.type}`)}</span>
        <span className="block" lang="en">{entity.target ? t("markEnglish", { target: entity.target }) : t("noTarget")}</span>
        <span className="block text-muted">{t("alsoIn", { count: entity.otherDocumentCount })}</span>
      </span>
    </span>
  );
}
