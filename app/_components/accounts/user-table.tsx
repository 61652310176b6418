"use client";
// The owner's list of people: change a role, disable or enable. The owner's own row is
// fixed (one owner, never demoted or disabled).
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { UserSummary } from "@/lib/auth/types";
import { postJson } from "./post-json";
import { quietButtonClass } from "./field";

export function UserTable({ initial }: { initial: UserSummary[] }) {
  const t = useTranslations("Accounts");
  const [users, setUsers] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function patch(id: string, body: { role?: string; disabled?: boolean }) {
    const result = await postJson<UserSummary>(`/api/users/${id}`, body, "PATCH");
    setError(result.ok ? null : result.message || t("failed"));
    if (result.ok) setUsers((list) => list.map((user) => (user.id === id ? result.body : user)));
  }

  return (
    <div className="space-y-2">
      {error && <p role="alert" className="text-sm text-danger">{error}</p>}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="py-2 font-medium">{t("name")}</th>
            <th scope="col" className="py-2 font-medium">{t("email")}</th>
            <th scope="col" className="py-2 font-medium">{t("roleLabel")}</th>
            <th scope="col" className="py-2 font-medium">{t("statusLabel")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line">
              <td className="py-2">{user.name}</td>
              <td className="py-2">{user.email}</td>
              <td className="py-2">
                {user.role === "owner" ? (
                  t("role.owner")
                ) : (
                  <select aria-label={t("roleOf", { name: user.name })} value={user.role} onChange={(e) => void patch(user.id, { role: e.target.value })} className="rounded-md border border-line bg-paper px-2 py-1">
                    <option value="editor">{t("role.editor")}</option>
                    <option value="reader">{t("role.reader")}</option>
                  </select>
                )}
              </td>
              <td className="py-2">
                {user.role === "owner" ? (
                  t("active")
                ) : (
                  <button type="button" onClick={() => void patch(user.id, { disabled: !user.disabled })} className={quietButtonClass}>
                    {user.disabled ? t("enable", { name: user.name }) : t("disable", { name: user.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
