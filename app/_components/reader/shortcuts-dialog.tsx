"use client";
// The "?" dialog. A native <dialog> opened with showModal(): focus moves into it, the
// page behind is inert, and Esc closes it, all without custom focus code.
import { forwardRef } from "react";
import { useTranslations } from "next-intl";

const SHORTCUTS = [
  { keys: ["j", "↓"], label: "keyNext" },
  { keys: ["k", "↑"], label: "keyPrevious" },
  { keys: ["Enter"], label: "keyActivate" },
  { keys: ["Esc"], label: "keyUnpin" },
  { keys: ["w"], label: "keyWords" },
  { keys: ["e"], label: "keyEdit" },
  { keys: ["1", "2", "3"], label: "keyModes" },
  { keys: ["?"], label: "keyHelp" },
] as const;

export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  const t = useTranslations("Reader");
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-dialog"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="shortcuts-title" className="font-semibold">{t("shortcutsTitle")}</h2>
        <form method="dialog">
          <button type="submit" className="rounded-md px-2 py-1 text-sm text-muted hover:bg-sunken hover:text-ink">{t("close")}</button>
        </form>
      </div>
      <dl className="divide-y divide-line/70 px-5 py-2 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.label} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex gap-1">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="min-w-7 rounded-md border border-line border-b-2 bg-sunken px-1.5 py-0.5 text-center font-mono text-xs">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-end text-muted">{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <p className="border-t border-line px-5 py-3 text-xs text-muted">{t("shortcutsNote")}</p>
    </dialog>
  );
});
