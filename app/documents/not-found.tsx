import Link from "next/link";
import { useTranslations } from "next-intl";

export default function DocumentNotFound() {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("NotFound.title")}</h1>
      <p className="text-muted">{t("NotFound.body")}</p>
      <Link href="/" className="inline-block rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline">
        {t("Reader.backToLibrary")}
      </Link>
    </div>
  );
}
