import Link from "next/link";
import { useTranslations } from "next-intl";
import { DeleteDocumentButton } from "../lifecycle/delete-document-button";

const BUTTON = "inline-flex items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink no-underline shadow-sm hover:bg-sunken";

/** Where to go from the reader: correct the translation, take the pairs away, or put the article in the trash. */
export function DocumentActions({ documentId, title, hasDrafts, hasTranslation }: { documentId: string; title: string; hasDrafts: boolean; hasTranslation: boolean }) {
  const t = useTranslations("Reader");
  const id = encodeURIComponent(documentId);
  // The export leaves unreviewed drafts out by default; this link downloads what the
  // reader shows, drafts included (they are marked as drafts on screen), and says so.
  // Before any sentence is translated there is nothing to download, so no link.
  const tsv = `/api/documents/${id}/export?format=tsv${hasDrafts ? "&drafts=1" : ""}`;
  return (
    <nav aria-label={t("actionsLabel")} data-chrome className="ms-auto flex flex-wrap items-center gap-2">
      <Link href={`/documents/${id}/edit`} data-testid="open-editor" aria-keyshortcuts="e" className={`${BUTTON} border-accent/40 bg-accent text-accent-ink hover:bg-accent hover:opacity-90`}>
        {t("openEditor")}
      </Link>
      {hasTranslation && (
        <a href={tsv} download data-testid="export-tsv" title={hasDrafts ? t("downloadTsvWithDraftsHint") : t("downloadTsvHint")} className={BUTTON}>
          {hasDrafts ? t("downloadTsvWithDrafts") : t("downloadTsv")}
        </a>
      )}
      <Link href={`/export?documents=${id}`} data-testid="export-page" className={BUTTON}>
        {t("moreFormats")}
      </Link>
      <DeleteDocumentButton documentId={documentId} title={title} className={BUTTON} />
    </nav>
  );
}
