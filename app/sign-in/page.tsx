import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hasUsers } from "@/lib/auth/create-owner";
import { CredentialsForm } from "@/app/_components/accounts/credentials-form";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await hasUsers())) redirect("/setup");
  const [t, { next }] = await Promise.all([getTranslations("Accounts"), searchParams]);
  return (
    <div className="mx-auto max-w-md space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">{t("signInTitle")}</h1>
      <CredentialsForm mode="sign-in" next={typeof next === "string" ? next : "/"} />
    </div>
  );
}
