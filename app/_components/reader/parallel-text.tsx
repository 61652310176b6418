import { useTranslations } from "next-intl";
import type { ParagraphView } from "@/lib/documents/types";
import { ParagraphRow } from "./paragraph-row";
import { StackedParagraph } from "./stacked-paragraph";
import { rowStateFor, type ReaderSelection } from "./row-state";
import type { ReaderMode } from "./reader-mode";
import type { ListWindow } from "../ui/use-list-window";
import { WindowEdge } from "../ui/window-edge";

/** `body` is memoised by the caller (recomputed only when a poll brings new paragraphs), so hovering keeps rows memoised. */
type Props = { body: ParagraphView[]; view: ListWindow; mode: ReaderMode; selection: ReaderSelection };

/**
 * The article body, paragraph by paragraph, in the chosen mode; the title pair lives in
 * the header. Only the window's paragraphs are mounted, so a mode switch or a lit pair
 * costs the same in a 20,000-sentence article as in a short one.
 */
export function ParallelText({ body, view, mode, selection }: Props) {
  const t = useTranslations("Reader");
  if (body.length === 0) return <p className="text-muted">{t("emptyBody")}</p>;
  const sideBySide = mode === "side-by-side";
  const { start, end } = view.window;
  const revision = `${mode}:${start}:${end}`;
  const position = t("windowPosition", { from: start + 1, to: end, total: view.total });
  return (
    <section
      aria-label={t("textLabel")}
      data-testid="reader-text"
      data-mode={mode}
      className={`reader-text rounded-2xl border border-line bg-surface px-5 py-2 shadow-sm sm:px-8 ${sideBySide ? "" : "max-w-3xl"}`}
    >
      {sideBySide && (
        <div
          aria-hidden="true"
          className="column-labels sticky top-0 z-10 -mx-5 hidden grid-cols-2 gap-x-12 border-b border-line bg-surface/95 px-5 py-2 text-xs font-semibold uppercase tracking-wider text-muted backdrop-blur sm:-mx-8 sm:px-8 md:grid"
        >
          <span>{t("columnSource")}</span>
          <span>{t("columnTarget")}</span>
        </div>
      )}
      {start > 0 && <WindowEdge label={t("windowEarlier")} position={position} onReach={view.earlier} revision={revision} testId="window-earlier" />}
      {body.slice(start, end).map((paragraph) =>
        sideBySide ? (
          <ParagraphRow key={paragraph.index} paragraph={paragraph} {...rowStateFor(paragraph, selection)} />
        ) : (
          <StackedParagraph key={paragraph.index} paragraph={paragraph} learning={mode === "learning"} {...rowStateFor(paragraph, selection)} />
        ),
      )}
      {end < view.total && <WindowEdge label={t("windowLater")} position={position} onReach={view.later} revision={revision} testId="window-later" />}
    </section>
  );
}

export function bodyParagraphs(paragraphs: readonly ParagraphView[]): ParagraphView[] {
  return paragraphs
    .map((p) => ({ ...p, segments: p.segments.filter((s) => s.kind === "body") }))
    .filter((p) => p.segments.length > 0);
}
