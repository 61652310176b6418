"use client";
// Shown when a save lost the race (409): both texts side by side, and three ways out.
// The person's own text stays in the field and in the local draft until they choose.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CurrentSegment } from "@/lib/segments/types";

type Props = {
  mine: string;
  current: CurrentSegment;
  onResolve: (choice: { keep: string } | "theirs") => void;
};

export function ConflictPanel({ mine, current, onResolve }: Props) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  const [merged, setMerged] = useState<string | null>(null);
  const theirs = current.target ?? "";
  const fallback = current.origin === "human" ? t("originHuman") : current.origin ? null : t("originUnknown");
  // The message starts with the saver: "A person saved this…", but "Ana" / an engine id as is.
  const origin = fallback ? fallback.charAt(0).toLocaleUpperCase() + fallback.slice(1) : (current.origin ?? "");
  // "Ana saved this 2 minutes ago": the relative time says how fresh the other text is,
  // the clock time pins it down. The panel only renders in the browser after a 409.
  // Clamped to now: a server clock a little ahead must not read "in 2 seconds".
  const now = new Date();
  const savedAt = new Date(Math.min(new Date(current.updatedAt).getTime(), now.getTime()));
  const when = format.relativeTime(savedAt, now);
  const time = format.dateTime(savedAt, { timeStyle: "short" });
  return (
    <div role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict" className="mt-3 space-y-3 rounded-lg border border-danger/40 bg-danger-soft p-3 text-sm">
      <div>
        <p id="conflict-title" className="font-semibold text-danger">{t("conflictTitle")}</p>
        <p className="text-ink">{t("conflictBody", { origin, when, time })}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <figure className="rounded-md bg-surface p-2">
          <figcaption className="text-xs font-medium text-muted">{t("theirText")}</figcaption>
          <p lang="en" data-testid="conflict-theirs" className="whitespace-pre-wrap">{theirs || t("noText")}</p>
        </figure>
        <figure className="rounded-md bg-surface p-2">
          <figcaption className="text-xs font-medium text-muted">{t("yourText")}</figcaption>
          <p lang="en" data-testid="conflict-mine" className="whitespace-pre-wrap">{mine || t("noText")}</p>
        </figure>
      </div>
      {merged !== null && (
        <label className="block">
          <span className="text-xs font-medium text-muted">{t("mergedLabel")}</span>
          <textarea
            lang="en"
            value={merged}
            onChange={(e) => setMerged(e.target.value)}
            autoFocus
            className="mt-1 block w-full rounded-md border border-line bg-surface p-2 [field-sizing:content]"
          />
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        {merged === null ? (
          <>
            <Button onClick={() => onResolve({ keep: mine })} primary>{t("keepMine")}</Button>
            <Button onClick={() => onResolve("theirs")}>{t("takeTheirs")}</Button>
            <Button onClick={() => setMerged(`${theirs}\n${mine}`.trim())}>{t("mergeByHand")}</Button>
          </>
        ) : (
          <>
            <Button onClick={() => onResolve({ keep: merged })} primary>{t("saveMerged")}</Button>
            <Button onClick={() => setMerged(null)}>{t("cancel")}</Button>
          </>
        )}
      </div>
    </div>
  );
}

export function Button({ onClick, children, primary = false, disabled = false, testId, keyShortcuts }: {
  onClick: () => void;
  children: React.ReactNode;
  primary?: boolean;
  disabled?: boolean;
  testId?: string;
  /** The field's chord for the same action, told to assistive technology (aria-keyshortcuts syntax). */
  keyShortcuts?: string;
}) {
  const look = primary ? "border-accent bg-accent text-accent-ink hover:opacity-90" : "border-line bg-surface text-ink hover:bg-sunken";
  return (
    <button type="button" onClick={onClick} disabled={disabled} data-testid={testId} aria-keyshortcuts={keyShortcuts} className={`rounded-md border px-3 py-1 text-sm font-medium shadow-sm disabled:opacity-50 ${look}`}>
      {children}
    </button>
  );
}
