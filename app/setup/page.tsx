import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hasUsers } from "@/lib/auth/create-owner";
import { CredentialsForm } from "@/app/_components/accounts/credentials-form";

export const dynamic = "force-dynamic";

// First run: shown while there are no users; afterwards it sends people to sign in.
export default async function SetupPage() {
  if (await hasUsers()) redirect("/sign-in");
  const t = await getTranslations("Accounts");
  return (
    <div className="mx-auto max-w-md space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">{t("setupTitle")}</h1>
      <p className="text-muted">{t("setupIntro")}</p>
      <CredentialsForm mode="setup" createUrl="/api/setup" />
    </div>
  );
}
