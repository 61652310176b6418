"use client";
// A segment's history from the change log: each entry names its action and its actor.
// Tick any two to see what changed between them word by word; restore any one (the
// restore is itself a new change).
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/segments/types";
import { segmentApi } from "./segment-api";
import { StatusChip } from "./status-chip";
import { DiffText } from "./diff-text";
import { Button } from "./conflict-panel";

type Props = { segmentId: string; version: number; onRestore: (revision: HistoryEntry) => void; onClose: () => void };

export function HistoryPanel({ segmentId, version, onRestore, onClose }: Props) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  const [revisions, setRevisions] = useState<HistoryEntry[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    void segmentApi.history(segmentId).then((result) => {
      if (!live) return;
      const list = result.kind === "ok" ? result.value.revisions : [];
      setRevisions(list);
      setPicked(list.slice(0, 2).map((r) => r.id));
    });
    return () => {
      live = false;
    };
  }, [segmentId, version]);

  const toggle = (id: string) =>
    setPicked((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id].slice(-2)));
  const pair = (revisions ?? []).filter((r) => picked.includes(r.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const actor = (entry: HistoryEntry) => (entry.actorKind === "person" && entry.actor === "human" ? t("originHuman") : entry.actor);

  return (
    <section aria-labelledby="history-title" data-testid="history-panel" className="space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <div className="flex items-center justify-between">
        <h2 id="history-title" className="font-semibold">{t("historyTitle")}</h2>
        <Button onClick={onClose}>{t("close")}</Button>
      </div>
      {revisions === null && <p className="text-sm text-muted">{t("historyLoading")}</p>}
      {revisions?.length === 0 && <p className="text-sm text-muted">{t("historyEmpty")}</p>}
      {pair.length === 2 && pair[0] && pair[1] && (
        <div data-testid="history-diff" className="rounded-md bg-sunken p-2 text-sm">
          <p className="mb-1 text-xs text-muted">{t("comparing", { from: pair[0].version ?? 0, to: pair[1].version ?? 0 })}</p>
          <DiffText before={pair[0].target ?? ""} after={pair[1].target ?? ""} lang="en" />
        </div>
      )}
      <ol className="space-y-2">
        {(revisions ?? []).map((revision) => (
          <li key={revision.id} data-testid="revision" className="rounded-md border border-line p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
              <input
                type="checkbox"
                checked={picked.includes(revision.id)}
                onChange={() => toggle(revision.id)}
                aria-label={t("compareWith")}
              />
              <span data-testid="revision-action" data-action={revision.action}>{t(`action.${revision.action}`)}</span>
              <span data-testid="revision-origin" data-actor={revision.actor} data-actor-kind={revision.actorKind}>
                {t(revision.actorKind === "engine" ? "revisionByEngine" : "revisionBy", { version: revision.version ?? 0, origin: actor(revision) })}
              </span>
              <time dateTime={revision.createdAt}>{format.dateTime(new Date(revision.createdAt), { dateStyle: "short", timeStyle: "medium" })}</time>
              {revision.status && <StatusChip status={revision.status} />}
            </div>
            {/* Split, merge and restore change the Indonesian: show what it became (or what was merged away). */}
            {(revision.newSource ?? revision.oldSource) !== null && (
              <p lang="id" className="mt-1 text-xs text-muted" data-testid="revision-source">
                {t(revision.newSource !== null ? "revisionSource" : "revisionSourceGone", { source: revision.newSource ?? revision.oldSource ?? "" })}
              </p>
            )}
            <p lang="en" className="mt-1 whitespace-pre-wrap" data-testid="revision-text">{revision.target ?? t("noText")}</p>
            {revision.version !== version && revision.status !== null && (
              <div className="mt-1">
                <Button onClick={() => onRestore(revision)}>{t("restoreRevision")}</Button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
