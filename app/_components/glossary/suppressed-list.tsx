import { useFormatter, useTranslations } from "next-intl";
import type { Suppression } from "@/lib/glossary/list-suppressed";
import { UndoNotANameButton } from "./undo-not-a-name-button";

/** The undo notice right after "Not a name", shown while the word is still suppressed. */
export function NotANameNotice({ suppression }: { suppression: Suppression }) {
  const t = useTranslations("Glossary");
  return (
    <div data-testid="not-a-name-notice" className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 shadow-sm">
      <p role="status" className="text-sm">{t("notANameDone", { name: suppression.source })}</p>
      <UndoNotANameButton suppressedKey={suppression.key} label={t("notANameUndo")} testId="undo-not-a-name" primary />
    </div>
  );
}

/** Every word marked "Not a name", each with a way back. */
export function SuppressedList({ suppressed }: { suppressed: Suppression[] }) {
  const t = useTranslations("Glossary");
  const format = useFormatter();
  return (
    <section aria-labelledby="suppressed-heading" className="space-y-3">
      <h2 id="suppressed-heading" className="text-xl font-semibold">{t("suppressedHeading")}</h2>
      <p className="text-sm text-muted">{t("suppressedIntro")}</p>
      <ul data-testid="suppressed-list" className="divide-y divide-line rounded-xl border border-line bg-surface">
        {suppressed.map((item) => (
          <li key={item.key} data-testid="suppressed-item" className="flex flex-wrap items-center gap-3 px-5 py-3">
            <div className="min-w-0 flex-1">
              <p lang="id" className="font-serif text-lg font-semibold">{item.source}</p>
              <p className="text-sm text-muted">{t("suppressedBy", { actor: item.actorName, date: format.dateTime(new Date(item.createdAt), { dateStyle: "medium" }) })}</p>
            </div>
            <UndoNotANameButton
              suppressedKey={item.key}
              label={t("suppressedRestore")}
              ariaLabel={t("suppressedRestoreLabel", { name: item.source })}
              testId="suppressed-restore"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
