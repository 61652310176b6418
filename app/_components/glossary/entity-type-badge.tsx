import { useTranslations } from "next-intl";
import type { EntityType } from "@/lib/text/entities";

const STYLE: Record<EntityType, string> = {
  person: "bg-accent-soft text-accent",
  place: "bg-sunken text-ink",
  organisation: "bg-lit/60 text-ink",
  other: "bg-sunken text-muted",
};

export function EntityTypeBadge({ type }: { type: EntityType }) {
  const t = useTranslations("Glossary");
  return (
    <span data-entity-type={type} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[type]}`}>
      {t(`types.${type}`)}
    </span>
  );
}
