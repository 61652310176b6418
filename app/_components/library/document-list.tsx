import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { LibraryDocument } from "@/lib/documents/library-filter";
import { ProgressBar } from "../ui/progress-bar";
import { StatusBadge } from "../ui/status-badge";
import { EngineName } from "../ui/engine-name";

export function DocumentList({ documents, filtered = false }: { documents: LibraryDocument[]; filtered?: boolean }) {
  const t = useTranslations("Library");
  if (documents.length === 0) {
    return (
      <div data-testid="document-list" className="rounded-xl border border-dashed border-line bg-surface/50 px-6 py-12 text-center">
        <p className="font-serif text-xl font-semibold">{filtered ? t("noMatchTitle") : t("emptyTitle")}</p>
        <p className="mx-auto mt-2 max-w-prose text-muted">{filtered ? t("noMatchBody") : t("emptyBody")}</p>
      </div>
    );
  }
  return (
    <ul data-testid="document-list" className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {documents.map((document) => (
        <DocumentRow key={document.id} document={document} />
      ))}
    </ul>
  );
}

function DocumentRow({ document }: { document: LibraryDocument }) {
  const t = useTranslations("Library");
  const format = useFormatter();
  const added = format.dateTime(new Date(document.createdAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <li data-document-id={document.id} className="group relative grid gap-3 px-5 py-4 hover:bg-sunken/60 sm:grid-cols-[1fr_14rem] sm:items-center">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={document.status} />
          <span className="text-xs text-muted">{t("added", { date: added })}</span>
        </div>
        {/* The stretched link makes the whole row clickable while keeping one tab stop. */}
        <Link
          href={`/documents/${document.id}`}
          lang="id"
          className="block font-serif text-lg font-semibold leading-snug text-ink no-underline after:absolute after:inset-0 hover:underline"
        >
          {document.title}
        </Link>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          <span>
            <span className="sr-only">{t("source")}: </span>
            {document.sourceName ?? t("unknownSource")}
          </span>
          {document.engine && (
            <span>
              <span className="sr-only">{t("engine")}: </span>
              <EngineName engine={document.engine} />
            </span>
          )}
          {document.edited + document.approved > 0 && (
            <span data-testid="review-counts">{t("reviewed", { edited: document.edited, approved: document.approved })}</span>
          )}
          {document.lastEditedBy && document.lastEditedBy.name !== "human" && (
            <span data-testid="last-edited-by">{t("lastEditedBy", { name: document.lastEditedBy.name })}</span>
          )}
        </p>
      </div>
      <ProgressBar progress={document.progress} />
    </li>
  );
}
