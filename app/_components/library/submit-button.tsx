"use client";
import { useTranslations } from "next-intl";

export function SubmitButton({ pending }: { pending: boolean }) {
  const t = useTranslations("Ingest");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-2.5 text-sm font-semibold text-accent-ink shadow-sm transition hover:brightness-110 disabled:cursor-progress disabled:opacity-70"
    >
      {pending && <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {pending ? t("submitting") : t("submit")}
    </button>
  );
}

/** Shared look for labelled fields, so the three forms read the same. */
export const fieldClass =
  "block w-full rounded-lg border border-line bg-paper px-3 py-2 text-ink shadow-inner placeholder:text-muted/70 focus:border-accent aria-[invalid=true]:border-danger";
