"use client";
// One form for the three ways in: first run (creates the owner), an invite (creates an
// account with the invited role) and sign-in. Creating posts to its endpoint first;
// every path ends with better-auth's sign-in, which sets the session cookie.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "./post-json";
import { buttonClass, Field } from "./field";

type Props = { mode: "setup" | "invite" | "sign-in"; createUrl?: string; next?: string };

export function CredentialsForm({ mode, createUrl, next = "/" }: Props) {
  const t = useTranslations("Accounts");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    if (mode !== "sign-in" && createUrl) {
      const created = await postJson(createUrl, { email, password, name: String(form.get("name") ?? "") });
      if (!created.ok) return fail(created.message || t("failed"));
    }
    const signedIn = await postJson("/api/auth/sign-in/email", { email, password });
    if (!signedIn.ok) return fail(signedIn.status === 401 ? t("wrongPassword") : signedIn.message || t("failed"));
    // A full navigation, so the server renders the header with the new session.
    window.location.assign(next.startsWith("/") && !next.startsWith("//") ? next : "/");
  }

  function fail(message: string) {
    setPending(false);
    setError(message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-describedby={error ? "credentials-error" : undefined}>
      {mode !== "sign-in" && <Field id="name" label={t("name")} autoComplete="name" />}
      <Field id="email" label={t("email")} type="email" autoComplete={mode === "sign-in" ? "username" : "email"} />
      <Field id="password" label={t("password")} type="password" autoComplete={mode === "sign-in" ? "current-password" : "new-password"} minLength={mode === "sign-in" ? undefined : 10} />
      {mode !== "sign-in" && <p className="text-xs text-muted">{t("passwordHint")}</p>}
      {error && <p id="credentials-error" role="alert" className="text-sm text-danger">{error}</p>}
      <button type="submit" disabled={pending} className={buttonClass}>
        {mode === "setup" ? t("createOwner") : mode === "invite" ? t("acceptInvite") : t("signIn")}
      </button>
    </form>
  );
}
