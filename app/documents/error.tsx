"use client";
// Unexpected failures only; expected ones (unknown id) go to not-found.tsx. Both sit
// one level up so they also catch what the [id] layout throws.
import Link from "next/link";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

export default function ReaderError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("ErrorPage.title")}</h1>
      <p className="text-muted">{t("ErrorPage.body")}</p>
      {error.digest && <p className="font-mono text-xs text-muted">{t("ErrorPage.reference", { digest: error.digest })}</p>}
      <div className="flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink"
        >
          {t("ErrorPage.retry")}
        </button>
        <Link href="/" className="rounded-lg border border-line px-4 py-2 text-sm font-medium text-ink no-underline hover:bg-sunken">
          {t("Reader.backToLibrary")}
        </Link>
      </div>
    </div>
  );
}
