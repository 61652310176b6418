import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DocumentView, SegmentView } from "@/lib/documents/types";
import { ProgressBar } from "../ui/progress-bar";
import { StatusBadge } from "../ui/status-badge";
import { EngineName } from "../ui/engine-name";
import { Sentence } from "./sentence";

type Props = { document: DocumentView; titleSegment: SegmentView | null; bodyCount: number; litId: string | null };

export function DocumentHeader({ document, titleSegment, bodyCount, litId }: Props) {
  const t = useTranslations("Reader");
  const format = useFormatter();
  const added = format.dateTime(new Date(document.createdAt), { dateStyle: "long", timeStyle: "short" });
  return (
    <header className="space-y-5">
      <Link href="/" className="inline-flex items-center gap-1 text-sm text-muted no-underline hover:text-ink">
        <span aria-hidden="true">←</span> {t("backToLibrary")}
      </Link>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          <StatusBadge status={document.status} />
          <SourceLine document={document} />
          {document.dateline && (
            <span>
              <span className="sr-only">{t("dateline")}: </span>
              <span lang="id" className="font-medium uppercase tracking-wide">{document.dateline}</span>
            </span>
          )}
        </div>
        <h1 id="document-title" lang="id" className={`max-w-4xl font-serif font-semibold leading-tight tracking-tight ${titleSize(document.title)}`}>
          {titleSegment ? <Sentence segment={titleSegment} side="source" lit={titleSegment.id === litId} /> : document.title}
        </h1>
        {titleSegment && (
          <p lang="en" className="max-w-4xl font-serif text-xl leading-snug text-muted">
            <span className="sr-only">{t("titleTranslation")}: </span>
            <Sentence segment={titleSegment} side="target" lit={titleSegment.id === litId} />
          </p>
        )}
      </div>
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t("engine")}</dt>
          <dd>{document.engine ? <EngineName engine={document.engine} /> : <span className="text-muted">{t("noEngineYet")}</span>}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t("added")}</dt>
          <dd>{added}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("textLabel")}</dt>
          <dd className="text-muted">{t("counts", { paragraphs: document.paragraphs.filter((p) => p.segments.some((s) => s.kind === "body")).length, sentences: bodyCount })}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-center gap-4">
        <ProgressBar progress={document.progress} className="w-full max-w-md" />
        <a
          href={`/api/documents/${encodeURIComponent(document.id)}/export?format=tsv`}
          download
          data-testid="export-tsv"
          className="ms-auto inline-flex items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink no-underline shadow-sm hover:bg-sunken"
        >
          {t("downloadTsv")}
        </a>
      </div>
    </header>
  );
}

function SourceLine({ document }: { document: DocumentView }) {
  const t = useTranslations("Reader");
  const name = document.sourceName ?? hostOf(document.sourceUrl);
  if (!name && !document.sourceUrl) return null;
  return (
    <span>
      <span className="sr-only">{t("source")}: </span>
      {document.sourceUrl ? (
        <a href={document.sourceUrl} rel="noopener noreferrer" target="_blank" className="font-medium text-accent hover:underline">
          {name ?? document.sourceUrl}
        </a>
      ) : (
        <span className="font-medium text-ink">{name}</span>
      )}
    </span>
  );
}

/** Some sites have no headline and the first sentence becomes the title: keep it readable. */
function titleSize(title: string): string {
  return title.length > 120 ? "text-2xl sm:text-3xl" : "text-3xl sm:text-4xl";
}

function hostOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.replace(/^www\./, "");
}
