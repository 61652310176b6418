"use client";
// An entry's own settings: the canonical Indonesian form, its type, do-not-translate, notes.
import { useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ENTITY_TYPES, type GlossaryEntryDetail } from "@/lib/glossary/types";
import { useGlossaryAction } from "./use-glossary-action";
import { ActionStatus } from "./action-status";

const FIELD = "w-full rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm focus-visible:border-accent";

export function EntrySettings({ entry }: { entry: GlossaryEntryDetail }) {
  const t = useTranslations("Glossary");
  const action = useGlossaryAction();
  const id = useId();

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void action.send(`/api/glossary/${encodeURIComponent(entry.id)}`, "PATCH", {
      source: String(form.get("source") ?? ""),
      type: String(form.get("type") ?? entry.type),
      doNotTranslate: form.get("doNotTranslate") === "on",
      notes: String(form.get("notes") ?? ""),
    });
  }

  return (
    <form onSubmit={save} data-testid="entry-settings" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-source`} className="block text-sm font-medium">{t("sourceLabel")}</label>
          <input id={`${id}-source`} name="source" lang="id" required maxLength={300} defaultValue={entry.source} className={FIELD} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-type`} className="block text-sm font-medium">{t("typeLabel")}</label>
          <select id={`${id}-type`} name="type" defaultValue={entry.type} className={FIELD}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>{t(`types.${type}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex items-start gap-2">
        <input id={`${id}-dnt`} name="doNotTranslate" type="checkbox" defaultChecked={entry.doNotTranslate} data-testid="do-not-translate" className="mt-1 size-4 accent-[var(--accent)]" />
        <label htmlFor={`${id}-dnt`} className="text-sm">
          <span className="font-medium">{t("doNotTranslate")}</span> <span className="text-muted">— {t("doNotTranslateHint")}</span>
        </label>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-notes`} className="block text-sm font-medium">{t("notesLabel")}</label>
        <textarea id={`${id}-notes`} name="notes" rows={3} maxLength={4000} defaultValue={entry.notes ?? ""} placeholder={t("notesPlaceholder")} className={FIELD} />
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={action.pending} className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink shadow-sm hover:opacity-90 disabled:opacity-60">
          {t("save")}
        </button>
        <ActionStatus state={action} />
      </div>
    </form>
  );
}
