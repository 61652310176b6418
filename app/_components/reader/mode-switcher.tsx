"use client";
import { useTranslations } from "next-intl";
import { READER_MODES, type ReaderMode } from "./reader-mode";

const LABEL = { "side-by-side": "modeSideBySide", interlinear: "modeInterlinear", learning: "modeLearning" } as const;

/** Three toggle buttons in a labelled group; the pressed one is the current mode. */
export function ModeSwitcher({ mode, onChange }: { mode: ReaderMode; onChange: (mode: ReaderMode) => void }) {
  const t = useTranslations("Reader");
  return (
    <div role="group" aria-label={t("modeLabel")} data-testid="mode-switcher" className="flex rounded-lg border border-line bg-sunken p-0.5 text-sm">
      {READER_MODES.map((option, i) => (
        <button
          key={option}
          type="button"
          data-mode={option}
          aria-pressed={option === mode}
          aria-keyshortcuts={String(i + 1)}
          onClick={() => onChange(option)}
          className="rounded-md px-3 py-1 font-medium text-muted transition-colors hover:text-ink aria-pressed:bg-surface aria-pressed:text-ink aria-pressed:shadow-sm"
        >
          {t(LABEL[option])}
        </button>
      ))}
    </div>
  );
}
