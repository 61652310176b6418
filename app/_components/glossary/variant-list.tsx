"use client";
// The other spellings of an entry, each of which can be split back into an entry of its own.
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useGlossaryAction } from "./use-glossary-action";
import { ActionStatus } from "./action-status";

type SplitAnswer = { entry?: { id?: string } };

export function VariantList({ entryId, variants }: { entryId: string; variants: string[] }) {
  const t = useTranslations("Glossary");
  const action = useGlossaryAction();
  const [split, setSplit] = useState<{ variant: string; id: string } | null>(null);

  async function splitOff(variant: string) {
    const answer = (await action.send(`/api/glossary/${encodeURIComponent(entryId)}/split`, "POST", { variant })) as SplitAnswer | null;
    if (answer?.entry?.id) setSplit({ variant, id: answer.entry.id });
  }

  return (
    <div className="space-y-2">
      {variants.length === 0 ? (
        <p className="text-sm text-muted">{t("noVariants")}</p>
      ) : (
        <ul data-testid="variant-list" className="flex flex-wrap gap-2">
          {variants.map((variant) => (
            <li key={variant} className="inline-flex items-center gap-1 rounded-full border border-line bg-surface py-0.5 pe-1 ps-3 text-sm">
              <span lang="id">{variant}</span>
              <button
                type="button"
                disabled={action.pending}
                onClick={() => void splitOff(variant)}
                aria-label={t("splitLabel", { variant })}
                title={t("splitLabel", { variant })}
                className="rounded-full px-2 py-0.5 text-xs text-muted hover:bg-sunken hover:text-ink disabled:opacity-60"
              >
                {t("split")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {split && action.done ? (
        <p role="status" className="text-sm">
          <Link href={`/glossary/${split.id}`}>{t("splitDone", { variant: split.variant })}</Link>
        </p>
      ) : (
        <ActionStatus state={action} />
      )}
    </div>
  );
}
