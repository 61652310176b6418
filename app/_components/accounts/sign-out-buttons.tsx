"use client";
import { useTranslations } from "next-intl";
import { postJson } from "./post-json";
import { quietButtonClass } from "./field";

async function signOut(everywhere: boolean) {
  if (everywhere) await postJson("/api/auth/revoke-sessions", {});
  await postJson("/api/auth/sign-out", {});
  window.location.assign("/sign-in");
}

export function SignOutButton() {
  const t = useTranslations("Accounts");
  return <button type="button" onClick={() => void signOut(false)} className={quietButtonClass}>{t("signOut")}</button>;
}

export function SignOutEverywhereButton() {
  const t = useTranslations("Accounts");
  return <button type="button" onClick={() => void signOut(true)} className={quietButtonClass}>{t("signOutEverywhere")}</button>;
}
