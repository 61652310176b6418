import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { ParagraphView } from "@/lib/documents/types";
import { ParagraphRow } from "./paragraph-row";

/** The article body, paragraph by paragraph; the title pair lives in the header. */
export function ParallelText({ paragraphs, litId }: { paragraphs: ParagraphView[]; litId: string | null }) {
  const t = useTranslations("Reader");
  // Recomputed only when a poll brings new paragraphs, so hovering keeps rows memoised.
  const body = useMemo(
    () =>
      paragraphs
        .map((p) => ({ ...p, segments: p.segments.filter((s) => s.kind === "body") }))
        .filter((p) => p.segments.length > 0),
    [paragraphs],
  );
  if (body.length === 0) return <p className="text-muted">{t("emptyBody")}</p>;
  return (
    <section aria-label={t("textLabel")} className="rounded-2xl border border-line bg-surface px-5 py-2 shadow-sm sm:px-8">
      <div
        aria-hidden="true"
        className="sticky top-0 z-10 -mx-5 hidden grid-cols-2 gap-x-12 border-b border-line bg-surface/95 px-5 py-2 text-xs font-semibold uppercase tracking-wider text-muted backdrop-blur sm:-mx-8 sm:px-8 md:grid"
      >
        <span>{t("columnSource")}</span>
        <span>{t("columnTarget")}</span>
      </div>
      {body.map((paragraph) => (
        <ParagraphRow
          key={paragraph.index}
          paragraph={paragraph}
          litId={litId !== null && paragraph.segments.some((s) => s.id === litId) ? litId : null}
        />
      ))}
    </section>
  );
}
