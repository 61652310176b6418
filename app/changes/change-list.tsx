// One row per change: when, what action, who, where, and the text it left behind.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ChangeView } from "@/lib/changes/types";

export async function ChangeList({ changes }: { changes: readonly ChangeView[] }) {
  const [t, te, format] = await Promise.all([getTranslations("Changes"), getTranslations("Editor"), getFormatter()]);
  const actor = (change: ChangeView) => (change.actorKind === "person" && change.actor === "human" ? te("originHuman") : change.actor);
  return (
    <ol className="divide-y divide-line rounded-xl border border-line bg-surface" data-testid="change-list">
      {changes.map((change) => (
        <li key={change.id} data-testid="change" data-action={change.action} className="space-y-1 px-4 py-3 text-sm">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-medium" data-testid="change-action">{te(`action.${change.action}`)}</span>
            <span className="text-muted" data-testid="change-actor">{t("by", { actor: actor(change) })}</span>
            <time className="text-muted" dateTime={change.createdAt}>{format.dateTime(new Date(change.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
            {change.documentTitle !== null ? (
              <Link href={`/documents/${encodeURIComponent(change.documentId)}${change.segmentId ? `#segment-${change.segmentId}` : ""}`} lang="id">
                {change.documentTitle}
              </Link>
            ) : (
              <span className="text-muted">{t("purged")}</span>
            )}
          </div>
          {change.target !== null && <p lang="en" className="whitespace-pre-wrap">{change.target}</p>}
          {change.target === null && change.newSource !== null && <p lang="id" className="whitespace-pre-wrap text-muted">{change.newSource}</p>}
        </li>
      ))}
    </ol>
  );
}
