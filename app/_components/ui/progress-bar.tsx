// "12/30 sentences" with a bar. Renders on the server (library) and inside the
// reader's live client view, so it uses the hook form of next-intl.
import { useTranslations } from "next-intl";
import type { Progress } from "@/lib/documents/types";

export function ProgressBar({ progress, className = "" }: { progress: Progress; className?: string }) {
  const t = useTranslations("Progress");
  const { translated, total } = progress;
  const percent = total === 0 ? 0 : Math.round((translated / total) * 100);
  const done = total > 0 && translated >= total;
  return (
    <div data-testid="progress" className={`flex items-center gap-3 ${className}`}>
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={translated}
        aria-valuetext={t("sentences", { translated, total })}
        className="h-1.5 w-full min-w-16 overflow-hidden rounded-full bg-sunken"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ease-out ${done ? "bg-accent" : "bg-accent/70"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="shrink-0 text-xs tabular-nums text-muted">{t("sentences", { translated, total })}</span>
    </div>
  );
}
