"use client";
// The English rendering of one entry, editable in place. Saving makes it the entry's
// own rendering and re-checks every sentence that names it.
import { useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useGlossaryAction } from "./use-glossary-action";
import { ActionStatus } from "./action-status";

type Props = { entryId: string; name: string; target: string | null; compact?: boolean };

export function RenderingEditor({ entryId, name, target, compact = false }: Props) {
  const t = useTranslations("Glossary");
  const action = useGlossaryAction();
  const inputId = useId();
  const hintId = useId();

  // onSubmit rather than a form action: an action resets the field to the old value.
  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void action.send(`/api/glossary/${encodeURIComponent(entryId)}`, "PATCH", { target: String(form.get("target") ?? "") });
  }

  return (
    <form onSubmit={save} data-testid="rendering-editor" className="space-y-1">
      <label htmlFor={inputId} className={compact ? "sr-only" : "block text-sm font-medium"}>
        {t("renderingLabel", { name })}
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="target"
          lang="en"
          defaultValue={target ?? ""}
          placeholder={t("noTarget")}
          aria-describedby={hintId}
          maxLength={300}
          data-testid="rendering-input"
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2.5 py-1 text-sm focus-visible:border-accent"
        />
        <button
          type="submit"
          disabled={action.pending}
          data-testid="rendering-save"
          className="rounded-md border border-line bg-surface px-3 py-1 text-sm font-medium shadow-sm hover:bg-sunken disabled:opacity-60"
        >
          {t("save")}
        </button>
      </div>
      <p id={hintId} className={compact ? "sr-only" : "text-xs text-muted"}>
        {t("renderingHint")}
      </p>
      <ActionStatus state={action} />
    </form>
  );
}
