"use client";
// After a correction lands, offer to copy it to the same sentence elsewhere in the
// library where no person has edited it yet.
import { useTranslations } from "next-intl";
import { Button } from "./conflict-panel";

export function RepetitionsOffer({ count, onApply, onDismiss }: { count: number; onApply: () => void; onDismiss: () => void }) {
  const t = useTranslations("Editor");
  return (
    <section role="status" data-testid="repetitions-offer" className="space-y-2 rounded-xl border border-accent/30 bg-accent-soft p-4 text-sm">
      <p>{t("repetitionsOffer", { count })}</p>
      <div className="flex flex-wrap gap-2">
        <Button primary onClick={onApply} testId="apply-to-all">{t("applyToAll")}</Button>
        <Button onClick={onDismiss}>{t("close")}</Button>
      </div>
    </section>
  );
}
