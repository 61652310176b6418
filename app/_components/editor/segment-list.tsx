"use client";
// The editor's rows: only a window of them is mounted (a 20,000-sentence article would
// otherwise keep 20,000 text fields alive), with edges that bring in the rest.
import { useMemo, useRef } from "react";
import { useTranslations } from "next-intl";
import type { EditorRow } from "./use-editor-rows";
import { SegmentRow, type RowActions } from "./segment-row";
import { WindowEdge } from "../ui/window-edge";
import type { ListWindow } from "../ui/use-list-window";

type Props = {
  rows: readonly EditorRow[];
  visible: readonly EditorRow[];
  view: ListWindow;
  activeId: string | null;
  splitId: string | null;
  rowActions: (id: string) => RowActions;
  /** Sentences whose machine translation failed every attempt, with the last reason. */
  failures: readonly { segmentId: string; reason: string }[];
  onRetried: () => Promise<void>;
  hydrated: boolean;
};

/** The same array while the ids are the same, so what is keyed on it survives keystrokes. */
export function useStableIds(ids: readonly string[]): readonly string[] {
  const previous = useRef<readonly string[]>(ids);
  const same = previous.current.length === ids.length && previous.current.every((id, i) => id === ids[i]);
  if (!same) previous.current = ids;
  return previous.current;
}

export function SegmentList({ rows, visible, view, activeId, splitId, rowActions, failures, onRetried, hydrated }: Props) {
  const t = useTranslations("Editor");
  const allIds = useStableIds(rows.map((r) => r.segment.id));
  const numberOf = useMemo(() => new Map(allIds.map((id, i) => [id, i])), [allIds]);
  const failureOf = useMemo(() => new Map(failures.map((f) => [f.segmentId, f.reason])), [failures]);
  const { start, end } = view.window;
  const revision = `${start}:${end}`;
  const position = t("windowPosition", { from: start + 1, to: end, total: view.total });
  return (
    <ol aria-label={t("heading")} className="space-y-2" data-testid="segment-list" data-hydrated={hydrated ? "true" : undefined}>
      {visible.length === 0 && <li className="text-sm text-muted">{t("emptyFilter")}</li>}
      {start > 0 && (
        <li>
          <WindowEdge label={t("windowEarlier")} position={position} onReach={view.earlier} revision={revision} testId="window-earlier" />
        </li>
      )}
      {visible.slice(start, end).map((row) => {
        const index = numberOf.get(row.segment.id) ?? 0;
        const next = rows[index + 1];
        return (
          <SegmentRow
            key={row.segment.id}
            row={row}
            number={index + 1}
            active={row.segment.id === activeId}
            hasNext={next !== undefined && next.segment.kind === row.segment.kind}
            splitting={splitId === row.segment.id}
            actions={rowActions(row.segment.id)}
            translationFailure={failureOf.get(row.segment.id) ?? null}
            onRetried={onRetried}
          />
        );
      })}
      {end < view.total && (
        <li>
          <WindowEdge label={t("windowLater")} position={position} onReach={view.later} revision={revision} testId="window-later" />
        </li>
      )}
    </ol>
  );
}
