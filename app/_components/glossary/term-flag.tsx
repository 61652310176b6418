import { useTranslations } from "next-intl";

/** A small marker after an English sentence whose names did not all get their rendering. */
export function TermFlag({ flags }: { flags: readonly string[] }) {
  const t = useTranslations("Glossary");
  if (!flags.includes("term-mismatch")) return null;
  return (
    <span data-testid="term-mismatch" title={t("termMismatch")} className="ms-1 inline-block rounded-sm bg-danger-soft px-1 align-super font-sans text-[0.65rem] font-semibold text-danger">
      <span aria-hidden="true">!</span>
      <span className="sr-only">{t("termMismatch")}</span>
    </span>
  );
}
