import { getTranslations } from "next-intl/server";
import { listUsers } from "@/lib/auth/manage-users";
import { getSettings } from "@/lib/auth/settings";
import { requireAccess } from "@/lib/auth/viewer";
import { UserTable } from "@/app/_components/accounts/user-table";
import { InviteForm } from "@/app/_components/accounts/invite-form";
import { SettingsForm } from "@/app/_components/accounts/settings-form";

export const dynamic = "force-dynamic";

// The owner's page (proxy.ts lets nobody else in; the check here is the second lock).
export default async function UsersPage() {
  await requireAccess("owner");
  const [t, users, settings] = await Promise.all([getTranslations("Accounts"), listUsers(), getSettings()]);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <h1 className="font-serif text-3xl font-semibold">{t("usersTitle")}</h1>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-xl font-semibold">{t("people")}</h2>
        <UserTable initial={users} />
      </section>
      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="text-xl font-semibold">{t("invite")}</h2>
        <p className="text-sm text-muted">{t("inviteHint")}</p>
        <InviteForm />
      </section>
      <section aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-xl font-semibold">{t("settings")}</h2>
        <SettingsForm initial={settings} />
      </section>
    </div>
  );
}
