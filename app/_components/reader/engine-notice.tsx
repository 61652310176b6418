import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/documents/types";
import { DRAFT_NOTICE_ID } from "./sentence";

/**
 * Says plainly when what is shown is not a real translation (drafts), or why
 * translation is waiting or stopped. The engine's own note is server text, shown as-is.
 */
export function EngineNotice({ document, draftCount }: { document: DocumentView; draftCount: number }) {
  const t = useTranslations("Reader");
  if (draftCount === 0 && !document.engineNote) return null;
  const failed = document.status === "failed";
  const tone = failed ? "border-danger/30 bg-danger-soft" : draftCount > 0 ? "border-draft/35 bg-draft/10" : "border-line bg-sunken";
  const title = failed ? t("failedNoticeTitle") : draftCount > 0 ? t("draftNoticeTitle") : t("engineNoticeTitle");
  return (
    <aside data-testid="engine-note" aria-labelledby={DRAFT_NOTICE_ID} className={`rounded-xl border px-4 py-3 text-sm ${tone}`}>
      <p id={DRAFT_NOTICE_ID} className={`font-semibold ${failed ? "text-danger" : draftCount > 0 ? "text-draft" : "text-ink"}`}>
        {title}
      </p>
      {draftCount > 0 && !failed && <p className="mt-1 text-ink">{t("draftNoticeBody")}</p>}
      {document.engineNote && <p className="mt-1 text-muted">{document.engineNote}</p>}
    </aside>
  );
}
