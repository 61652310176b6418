// "12/30 sentences" with a bar. Renders on the server (library) and inside the
// reader's live client view, so it uses the hook form of next-intl.
import { useTranslations } from "next-intl";
import type { Progress } from "@/lib/documents/types";
import { Meter } from "./meter";

export function ProgressBar({ progress, className = "" }: { progress: Progress; className?: string }) {
  const t = useTranslations("Progress");
  const { translated, total } = progress;
  return (
    <Meter
      testId="progress"
      label={t("label")}
      valueText={t("sentences", { translated, total })}
      value={translated}
      max={total}
      className={className}
    />
  );
}
