import { getTranslations } from "next-intl/server";
import { findUsableInvite } from "@/lib/auth/invites";
import { isAppError } from "@/lib/errors";
import { CredentialsForm } from "@/app/_components/accounts/credentials-form";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("Accounts")]);
  const invite = await findUsableInvite(token).catch((error: unknown) => (isAppError(error) ? null : Promise.reject(error)));
  return (
    <div className="mx-auto max-w-md space-y-6 py-8">
      <h1 className="font-serif text-3xl font-semibold">{t("inviteTitle")}</h1>
      {invite ? (
        <>
          <p className="text-muted">{t("inviteIntro", { role: t(`role.${invite.role}`) })}</p>
          <CredentialsForm mode="invite" createUrl={`/api/invites/${encodeURIComponent(token)}`} />
        </>
      ) : (
        <p role="alert" className="text-danger">{t("inviteUnusable")}</p>
      )}
    </div>
  );
}
