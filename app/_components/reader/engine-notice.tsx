import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/documents/types";
import { DRAFT_NOTICE_ID } from "./sentence";

/**
 * Says plainly when what is shown is not a real translation (drafts), or why
 * translation is waiting or stopped: one short line, with the explanation behind a
 * disclosure so a phone's first screen stays the article. The note is a code said in
 * the reader's language; the technical reason stays in the server log.
 */
export function EngineNotice({ document, draftCount }: { document: DocumentView; draftCount: number }) {
  const t = useTranslations("Reader");
  const note = document.engineNote;
  if (draftCount === 0 && !note) return null;
  const failed = document.status === "failed";
  const drafts = draftCount > 0 && !failed;
  const tone = failed ? "border-danger/30 bg-danger-soft" : drafts ? "border-draft/35 bg-draft/10" : "border-line bg-sunken";
  const title = failed ? t("failedNoticeTitle") : drafts ? t("draftNoticeTitle") : note ? t(`engineNoteTitle.${note}`) : t("engineNoticeTitle");
  return (
    <aside data-testid="engine-note" aria-labelledby={DRAFT_NOTICE_ID} className={`rounded-xl border px-4 py-2 text-sm ${tone}`}>
      <details>
        <summary className="cursor-pointer">
          <span id={DRAFT_NOTICE_ID} className={`font-semibold ${failed ? "text-danger" : drafts ? "text-draft" : "text-ink"}`}>
            {title}
          </span>{" "}
          <span className="text-muted underline">{t("noticeDetails")}</span>
        </summary>
        {drafts && <p className="mt-1 text-ink">{t("draftNoticeBody")}</p>}
        {note && <p className="mt-1 text-muted">{t(`engineNoteDetail.${note}`)}</p>}
      </details>
    </aside>
  );
}
