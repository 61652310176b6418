import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/segments/editor-types";

/** Names found in the sentence and how the glossary renders them; flags raised by the term check. */
export function GlossaryHints({ segment }: { segment: EditorSegment }) {
  const t = useTranslations("Editor");
  const mismatch = segment.flags.includes("term-mismatch");
  if (segment.mentions.length === 0 && !mismatch) return null;
  const seen = new Set<string>();
  const mentions = segment.mentions.filter((m) => !seen.has(m.entry.source) && seen.add(m.entry.source));
  return (
    <div data-testid="glossary-hints" className="mt-2 space-y-1 text-xs">
      {mentions.length > 0 && (
        <p className="flex flex-wrap items-center gap-1.5">
          <span className="text-muted">{t("glossaryTitle")}:</span>
          {mentions.map((m) => (
            <span key={m.entry.source} className="rounded bg-sunken px-1.5 py-0.5">
              <span lang="id">{m.surface}</span> →{" "}
              {m.entry.doNotTranslate ? (
                <em className="text-muted">{t("doNotTranslate")}</em>
              ) : m.entry.target ? (
                <span lang="en" className="font-medium">{m.entry.target}</span>
              ) : (
                <em className="text-muted">{t("noRendering")}</em>
              )}
            </span>
          ))}
        </p>
      )}
      {mismatch && (
        <p role="note" data-testid="term-mismatch" className="text-draft">
          {t("termMismatch")}
        </p>
      )}
    </div>
  );
}
