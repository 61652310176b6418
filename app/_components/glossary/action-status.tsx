"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "./use-glossary-action";

/** The outcome of a glossary form, announced politely; a failure is an alert. */
export function ActionStatus({ state, doneMessage }: { state: ActionState; doneMessage?: string }) {
  const t = useTranslations("Glossary");
  if (state.failure) {
    return (
      <p role="alert" className="text-sm text-danger">
        {t("saveFailed", { message: state.failure })}
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-muted">
      {state.pending ? t("saving") : state.done ? (doneMessage ?? t("saved")) : ""}
    </p>
  );
}
