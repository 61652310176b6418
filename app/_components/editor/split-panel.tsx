"use client";
// Split a pair where segmentation went wrong: the person puts the cursor at the cut in
// each language. The saved texts are shown, so unsaved edits must be saved first.
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./conflict-panel";

type Props = { source: string; target: string; onSplit: (sourceAt: number, targetAt: number) => void; onCancel: () => void };

export function SplitPanel({ source, target, onSplit, onCancel }: Props) {
  const t = useTranslations("Editor");
  const sourceField = useRef<HTMLTextAreaElement>(null);
  const targetField = useRef<HTMLTextAreaElement>(null);
  const field = "mt-1 block w-full rounded-md border border-line bg-surface p-2 [field-sizing:content]";
  return (
    <div role="group" aria-labelledby="split-title" data-testid="split-panel" className="mt-3 space-y-2 rounded-lg border border-line bg-sunken p-3 text-sm">
      <p id="split-title" className="font-semibold">{t("splitTitle")}</p>
      <p className="text-muted">{t("splitHint")}</p>
      <label className="block">
        <span className="text-xs font-medium text-muted">{t("splitSource")}</span>
        <textarea ref={sourceField} lang="id" readOnly defaultValue={source} autoFocus className={field} data-testid="split-source" />
      </label>
      <label className="block">
        <span className="text-xs font-medium text-muted">{t("splitTarget")}</span>
        <textarea ref={targetField} lang="en" readOnly defaultValue={target} className={field} data-testid="split-target" />
      </label>
      <div className="flex gap-2">
        <Button primary onClick={() => onSplit(sourceField.current?.selectionStart ?? 0, targetField.current?.selectionStart ?? 0)}>
          {t("splitConfirm")}
        </Button>
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </div>
  );
}
