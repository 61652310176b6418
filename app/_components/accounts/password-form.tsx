"use client";
// Change my password through better-auth (which checks the current one); other sessions end.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "./post-json";
import { buttonClass, Field } from "./field";

export function PasswordForm() {
  const t = useTranslations("Accounts");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await postJson("/api/auth/change-password", {
      currentPassword: String(form.get("current-password") ?? ""),
      newPassword: String(form.get("new-password") ?? ""),
      revokeOtherSessions: true,
    });
    if (result.ok) formElement.reset();
    setStatus(result.ok ? { ok: true, text: t("passwordChanged") } : { ok: false, text: result.status === 400 || result.status === 401 ? t("wrongPassword") : result.message || t("failed") });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field id="current-password" label={t("currentPassword")} type="password" autoComplete="current-password" />
      <Field id="new-password" label={t("newPassword")} type="password" autoComplete="new-password" minLength={10} />
      <p role="status" className={status?.ok === false ? "text-sm text-danger" : "text-sm text-muted"}>{status?.text}</p>
      <button type="submit" className={buttonClass}>{t("changePassword")}</button>
    </form>
  );
}
