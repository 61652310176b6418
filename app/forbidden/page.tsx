import Link from "next/link";
import { useTranslations } from "next-intl";

// proxy.ts rewrites here (status 403) when a signed-in role does not reach a page.
export default function ForbiddenPage() {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("Accounts.forbiddenTitle")}</h1>
      <p className="text-muted">{t("Accounts.forbiddenBody")}</p>
      <Link href="/" className="inline-block rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline">
        {t("Reader.backToLibrary")}
      </Link>
    </div>
  );
}
