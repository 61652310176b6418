"use client";
// The reader's inline rename of the library title (PATCH /api/documents/:id). The
// headline above stays as it is: it is the Indonesian text being translated.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { MAX_TITLE_CHARS } from "@/lib/limits";
import { sendRequest } from "./send-request";

type State = { kind: "view" } | { kind: "edit" } | { kind: "busy" } | { kind: "failed"; message: string };

const BUTTON = "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-ink hover:bg-sunken disabled:opacity-60";

export function RenameTitle({ documentId, title: initial }: { documentId: string; title: string }) {
  const t = useTranslations("Lifecycle");
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState(initial);
  const [state, setState] = useState<State>({ kind: "view" });
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const editing = state.kind !== "view";

  useEffect(() => {
    if (state.kind === "edit") input.current?.focus();
  }, [state.kind]);

  function close() {
    setState({ kind: "view" });
    // Focus goes back to where the person started, not to the top of the page.
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("title") ?? "");
    setState({ kind: "busy" });
    const outcome = await sendRequest(`/api/documents/${encodeURIComponent(documentId)}`, "PATCH", { title: next });
    if (!outcome.ok) {
      setState({ kind: "failed", message: outcome.message ?? t("network") });
      return;
    }
    const saved = (outcome.body as { title?: string } | null)?.title ?? next;
    setTitle(saved);
    setAnnouncement(t("renamed", { title: saved }));
    close();
    router.refresh();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  }

  return (
    <div data-chrome data-testid="rename-title" className="space-y-1 text-sm">
      {editing ? (
        <form onSubmit={save} className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-title`} className="text-muted">{t("titleLabel")}</label>
          <input
            ref={input}
            id={`${id}-title`}
            name="title"
            required
            maxLength={MAX_TITLE_CHARS}
            defaultValue={title}
            onKeyDown={onKeyDown}
            aria-describedby={`${id}-hint`}
            data-testid="rename-input"
            className="min-w-64 flex-1 rounded-md border border-line bg-surface px-2.5 py-1 text-sm focus-visible:border-accent"
          />
          <button type="submit" disabled={state.kind === "busy"} data-testid="rename-save" className={`${BUTTON} border-accent/40 bg-accent text-accent-ink hover:bg-accent hover:opacity-90`}>
            {state.kind === "busy" ? t("saving") : t("save")}
          </button>
          <button type="button" onClick={close} disabled={state.kind === "busy"} className={BUTTON}>{t("cancel")}</button>
          <p id={`${id}-hint`} className="basis-full text-xs text-muted">{t("titleHint")}</p>
          {state.kind === "failed" && <p role="alert" className="basis-full text-danger">{t("failed", { message: state.message })}</p>}
        </form>
      ) : (
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-muted">{t("listedAs")}:</span>
          <span data-testid="library-title" className="font-medium text-ink">{title}</span>
          <button ref={opener} type="button" onClick={() => setState({ kind: "edit" })} aria-label={t("renameLabel")} data-testid="rename-open" className={BUTTON}>
            {t("rename")}
          </button>
        </p>
      )}
      <p role="status" className="sr-only" data-testid="rename-status">{announcement}</p>
    </div>
  );
}
