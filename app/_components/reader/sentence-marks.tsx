import { useTranslations } from "next-intl";
import type { SegmentView } from "@/lib/documents/types";
import { isDraft } from "./sentence";

/**
 * Quiet marks after an English sentence: corrected by hand, approved, an offline draft
 * (once per sentence, instead of underlining every word), or a name that may not match
 * its glossary rendering. Model output carries no mark at all.
 */
export function SentenceMarks({ segment }: { segment: SegmentView }) {
  const t = useTranslations("Reader");
  // Older API answers may lack flags: code defensively.
  const mismatch = Array.isArray(segment.flags) && segment.flags.includes("term-mismatch");
  const status = segment.status === "edited" || segment.status === "approved" ? segment.status : null;
  const draft = isDraft(segment);
  if (!status && !mismatch && !draft) return null;
  return (
    <>
      {draft && (
        // The sentence itself points at the draft notice (aria-describedby): the mark is visual only.
        <span aria-hidden="true" data-testid="draft-mark" data-draft-mark title={t("draftMark")} className="sentence-mark text-draft">
          ≈
        </span>
      )}
      {status && (
        <span
          role="img"
          data-testid="status-mark"
          data-mark={status}
          aria-label={t(status === "edited" ? "markEdited" : "markApproved")}
          title={t(status === "edited" ? "markEdited" : "markApproved")}
          className={`sentence-mark ${status === "approved" ? "text-accent" : "text-muted"}`}
        >
          {status === "edited" ? "✎" : "✓"}
        </span>
      )}
      {mismatch && (
        <span
          role="img"
          data-testid="term-mismatch"
          aria-label={t("markTermMismatch")}
          title={t("markTermMismatch")}
          className="sentence-mark rounded-sm bg-danger-soft px-1 font-semibold text-danger"
        >
          !
        </span>
      )}
    </>
  );
}
