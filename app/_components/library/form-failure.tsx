"use client";
import { useTranslations } from "next-intl";
import type { ApiFailure } from "@/lib/i18n/api-error";
import { MAX_INPUT_BYTES } from "@/lib/limits";

export const LIMIT_MB = Math.round(MAX_INPUT_BYTES / 1024 / 1024);

/** A failed ingest, in the UI language; the server's own words follow when they add detail. */
export function FormFailure({ failure, id }: { failure: ApiFailure | null; id: string }) {
  const t = useTranslations();
  if (!failure) return <div id={id} role="alert" aria-live="assertive" />;
  const known = failure.code !== "unknown" || !failure.serverMessage;
  return (
    <div id={id} role="alert" aria-live="assertive" className="rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm">
      <p className="font-semibold text-danger">{t("Ingest.errorHeading")}</p>
      <p className="mt-0.5 text-ink">
        {known ? t(`Errors.${failure.code}`, { limitMb: LIMIT_MB }) : failure.serverMessage}
      </p>
      {known && failure.serverMessage && (
        <p className="mt-1 text-muted">{t("Ingest.errorDetails", { message: failure.serverMessage })}</p>
      )}
    </div>
  );
}
