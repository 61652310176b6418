import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { PasswordForm } from "@/app/_components/accounts/password-form";
import { SignOutEverywhereButton } from "@/app/_components/accounts/sign-out-buttons";
import { TokenList } from "@/app/_components/accounts/token-list";
import { PreferencesForm } from "@/app/_components/accounts/preferences-form";
import { getPreferences } from "@/lib/auth/preferences";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?next=/account");
  const [t, tokens, preferences] = await Promise.all([getTranslations("Accounts"), listApiTokens(viewer.id), getPreferences(viewer.id)]);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">{t("accountTitle")}</h1>
        <p className="text-muted">{t("signedInAs", { name: viewer.name, email: viewer.email, role: t(`role.${viewer.role}`) })}</p>
      </header>
      <section aria-labelledby="preferences-heading" className="space-y-3">
        <h2 id="preferences-heading" className="text-xl font-semibold">{t("preferences")}</h2>
        <p className="text-sm text-muted">{t("preferencesHint")}</p>
        <PreferencesForm initial={preferences} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-xl font-semibold">{t("changePassword")}</h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">{t("sessions")}</h2>
        <p className="text-sm text-muted">{t("sessionsHint")}</p>
        <SignOutEverywhereButton />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">{t("tokens")}</h2>
        <p className="text-sm text-muted">{t("tokensHint")}</p>
        <TokenList initial={tokens} />
      </section>
    </div>
  );
}
