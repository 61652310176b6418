"use client";
import { useTranslations } from "next-intl";
import type { ReaderMode } from "./reader-mode";
import { ModeSwitcher } from "./mode-switcher";

type Props = {
  mode: ReaderMode;
  onModeChange: (mode: ReaderMode) => void;
  onRevealAll: (reveal: boolean) => void;
  onShowShortcuts: () => void;
  hasDrafts: boolean;
};

/** Mode, learning controls, what the marks mean, and the way to the keyboard map. */
export function ReaderToolbar({ mode, onModeChange, onRevealAll, onShowShortcuts, hasDrafts }: Props) {
  const t = useTranslations("Reader");
  return (
    <div data-chrome className="flex flex-wrap items-center gap-x-4 gap-y-3">
      <ModeSwitcher mode={mode} onChange={onModeChange} />
      {mode === "learning" && (
        <div className="flex items-center gap-2 text-sm">
          <button type="button" data-testid="reveal-all" onClick={() => onRevealAll(true)} className="rounded-md border border-line bg-surface px-2.5 py-1 font-medium hover:bg-sunken">
            {t("revealAll")}
          </button>
          <button type="button" data-testid="hide-all" onClick={() => onRevealAll(false)} className="rounded-md border border-line bg-surface px-2.5 py-1 font-medium hover:bg-sunken">
            {t("hideAll")}
          </button>
        </div>
      )}
      <p className="keyboard-only text-xs text-muted">{mode === "learning" ? t("learningHint") : t("pinHint")}</p>
      <p className="touch-only text-xs text-muted" data-testid="touch-hint">{mode === "learning" ? t("learningHintTouch") : t("pinHintTouch")}</p>
      <ul aria-label={t("legendLabel")} className="ms-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        <li><span aria-hidden="true" className="me-1">✎</span>{t("markEdited")}</li>
        <li><span aria-hidden="true" className="me-1 text-accent">✓</span>{t("markApproved")}</li>
        {hasDrafts && <li><span aria-hidden="true" className="me-1 text-draft">≈</span>{t("legendDraft")}</li>}
        <li className="keyboard-only">
          <button type="button" data-testid="shortcuts-button" aria-keyshortcuts="?" onClick={onShowShortcuts} className="rounded-md border border-line bg-surface px-2 py-0.5 font-medium text-ink hover:bg-sunken">
            <kbd className="font-mono">?</kbd> {t("shortcutsButton")}
          </button>
        </li>
      </ul>
    </div>
  );
}
