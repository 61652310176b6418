"use client";
// The reader's Compare controls for an article brought with its published English: ask
// for machine translations of the Indonesian ("Machine-translate for comparison"), see
// how many are ready, and turn Compare on to show each under its published sentence.
import { useTranslations } from "next-intl";
import type { ComparisonView } from "@/lib/comparison/get-comparison";

type Props = { view: ComparisonView | null; on: boolean; onToggle: (on: boolean) => void; onRequest: () => void; error: string | null };

const BUTTON = "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium hover:bg-sunken disabled:opacity-60";

export function ComparisonPanel({ view, on, onToggle, onRequest, error }: Props) {
  const t = useTranslations("Comparison");
  if (view === null || view.pairs === 0) return null;
  const ready = view.drafts.length;
  return (
    <section data-chrome aria-labelledby="comparison-heading" data-testid="comparison-panel" className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-line bg-surface/60 px-4 py-3 text-sm">
      <h2 id="comparison-heading" className="font-medium">{t("heading")}</h2>
      {!view.requested ? (
        <button type="button" data-testid="comparison-request" onClick={onRequest} className={BUTTON}>{t("request")}</button>
      ) : (
        <button type="button" data-testid="comparison-toggle" aria-pressed={on} onClick={() => onToggle(!on)} className={`${BUTTON} ${on ? "border-accent bg-accent-soft" : ""}`}>
          {t("toggle")}
        </button>
      )}
      <p role="status" data-testid="comparison-status" className="text-muted">
        {error ? t("failed", { message: error === "network" ? t("network") : error }) : view.requested ? (ready < view.pairs ? t("progress", { ready, total: view.pairs }) : t("ready", { total: view.pairs })) : t("intro")}
      </p>
    </section>
  );
}
