import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DocumentView, SegmentView } from "@/lib/documents/types";
import { countSegments, type SegmentCounts } from "@/lib/documents/count-segments";
import { ProgressBar } from "../ui/progress-bar";
import { StatusBadge } from "../ui/status-badge";
import { EngineName } from "../ui/engine-name";
import { Sentence } from "./sentence";
import type { ReaderSelection } from "./row-state";
import { DocumentActions } from "./document-actions";
import { RenameTitle } from "../lifecycle/rename-title";

/** `counts` speaks for the whole article while only its first window has loaded. */
type Props = { document: DocumentView; titleSegment: SegmentView | null; selection: ReaderSelection; counts?: SegmentCounts; hasDrafts: boolean };

export function DocumentHeader({ document, titleSegment, selection, counts: whole, hasDrafts }: Props) {
  const t = useTranslations("Reader");
  const format = useFormatter();
  const added = format.dateTime(new Date(document.createdAt), { dateStyle: "long", timeStyle: "short" });
  const counts = whole ?? countSegments(document.paragraphs);
  const titleState = (side: "source" | "target") =>
    titleSegment
      ? {
          lit: selection.litId === titleSegment.id || selection.pinnedId === titleSegment.id,
          pinned: selection.pinnedId === titleSegment.id,
          tabbable: side === "source" && selection.tabbableId === titleSegment.id,
        }
      : { lit: false };
  return (
    <header className="space-y-5">
      <Link href="/" data-chrome className="inline-flex items-center gap-1 text-sm text-muted no-underline hover:text-ink">
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
          <span>
            <span className="sr-only">{t("added")}: </span>
            <time dateTime={document.createdAt}>{added}</time>
          </span>
        </div>
        <h1 id="document-title" lang="id" className={`max-w-4xl font-serif font-semibold leading-tight tracking-tight ${titleSize(document.title)}`}>
          {titleSegment ? <Sentence segment={titleSegment} side="source" state={titleState("source")} /> : document.title}
        </h1>
        {titleSegment && (
          <p lang="en" className="max-w-4xl font-serif text-xl leading-snug text-muted">
            <span className="sr-only">{t("titleTranslation")}: </span>
            <Sentence segment={titleSegment} side="target" state={titleState("target")} />
          </p>
        )}
      </div>
      <RenameTitle documentId={document.id} title={document.title} />
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t("engine")}</dt>
          <dd>{document.engine ? <EngineName engine={document.engine} /> : <span className="text-muted">{t("noEngineYet")}</span>}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("textLabel")}</dt>
          <dd data-testid="document-counts" className="text-muted">
            {t("counts", { paragraphs: counts.paragraphs, sentences: counts.sentences, title: counts.withTitle ? "yes" : "no" })}
            {" · "}
            {t("reviewCounts", { edited: counts.edited, approved: counts.approved })}
          </dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-center gap-4">
        <ProgressBar progress={document.progress} className="w-full max-w-md" />
        <DocumentActions
          documentId={document.id}
          title={document.title}
          hasDrafts={hasDrafts}
          hasTranslation={document.paragraphs.some((p) => p.segments.some((s) => s.status !== "pending" && s.target !== null))}
        />
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
