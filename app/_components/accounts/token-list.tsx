"use client";
// My API tokens: create one (shown once), see when each was last used, revoke.
import { useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ApiTokenSummary } from "@/lib/auth/api-tokens";
import { postJson } from "./post-json";
import { buttonClass, Field, quietButtonClass } from "./field";

export function TokenList({ initial }: { initial: ApiTokenSummary[] }) {
  const t = useTranslations("Accounts");
  const format = useFormatter();
  const [tokens, setTokens] = useState(initial);
  const [shown, setShown] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("token-name") ?? "");
    const result = await postJson<{ token: string; summary: ApiTokenSummary }>("/api/tokens", { name });
    if (!result.ok) return;
    formElement.reset();
    setShown(result.body.token);
    setTokens((list) => [result.body.summary, ...list]);
  }

  async function revoke(id: string) {
    const result = await postJson<ApiTokenSummary>(`/api/tokens/${id}`, {}, "DELETE");
    if (result.ok) setTokens((list) => list.map((token) => (token.id === id ? result.body : token)));
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onCreate} className="flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1"><Field id="token-name" label={t("tokenName")} /></div>
        <button type="submit" className={buttonClass}>{t("createToken")}</button>
      </form>
      {shown && (
        <div role="status" className="space-y-1 rounded-lg border border-line bg-sunken p-3">
          <p className="text-sm">{t("tokenShownOnce")}</p>
          <code data-testid="new-token" className="block break-all font-mono text-sm">{shown}</code>
        </div>
      )}
      <ul className="divide-y divide-line">
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{token.name}</span>{" "}
              <span className="text-sm text-muted">
                {token.revokedAt ? t("tokenRevoked") : token.lastUsedAt ? t("tokenUsed", { when: format.dateTime(new Date(token.lastUsedAt), { dateStyle: "medium", timeStyle: "short" }) }) : t("tokenNeverUsed")}
              </span>
            </span>
            {!token.revokedAt && (
              <button type="button" onClick={() => void revoke(token.id)} className={quietButtonClass}>{t("revoke", { name: token.name })}</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
