"use client";
// Make a one-time invite link for the owner to copy (there is no mail server).
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "./post-json";
import { buttonClass } from "./field";

export function InviteForm() {
  const t = useTranslations("Accounts");
  const [link, setLink] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const role = String(new FormData(event.currentTarget).get("invite-role") ?? "reader");
    const result = await postJson<{ token: string }>("/api/invites", { role });
    if (result.ok) setLink(`${window.location.origin}/invite/${result.body.token}`);
  }

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <label htmlFor="invite-role" className="block text-sm font-medium">{t("roleLabel")}</label>
          <select id="invite-role" name="invite-role" defaultValue="editor" className="rounded-lg border border-line bg-paper px-3 py-2">
            <option value="editor">{t("role.editor")}</option>
            <option value="reader">{t("role.reader")}</option>
          </select>
        </div>
        <button type="submit" className={buttonClass}>{t("createInvite")}</button>
      </form>
      {link && (
        <div role="status" className="space-y-1 rounded-lg border border-line bg-sunken p-3">
          <p className="text-sm">{t("inviteLinkHint")}</p>
          <code data-testid="invite-link" className="block break-all font-mono text-sm">{link}</code>
        </div>
      )}
    </div>
  );
}
