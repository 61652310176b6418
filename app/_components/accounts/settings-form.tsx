"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { InstanceSettings } from "@/lib/auth/settings";
import { postJson } from "./post-json";

export function SettingsForm({ initial }: { initial: InstanceSettings }) {
  const t = useTranslations("Accounts");
  const [settings, setSettings] = useState(initial);
  async function toggle(anyoneMayRead: boolean) {
    const result = await postJson<InstanceSettings>("/api/settings", { anyoneMayRead }, "PATCH");
    if (result.ok) setSettings(result.body);
  }
  return (
    <label className="flex items-start gap-3">
      <input type="checkbox" checked={settings.anyoneMayRead} onChange={(e) => void toggle(e.target.checked)} className="mt-1 size-4" />
      <span>
        <span className="block font-medium">{t("anyoneMayRead")}</span>
        <span className="block text-sm text-muted">{t("anyoneMayReadHint")}</span>
      </span>
    </label>
  );
}
