"use client";
// The defaults stored with my account: a browser I have not used before starts in these.
// Saving also sets this browser's cookies, so the choice shows at once.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { Preferences } from "@/lib/auth/preferences";
import { READER_MODE_COOKIE, READER_MODES } from "@/app/_components/reader/reader-mode";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { postJson } from "./post-json";
import { buttonClass } from "./field";

const MODE_LABEL = { "side-by-side": "modeSideBySide", interlinear: "modeInterlinear", learning: "modeLearning" } as const;
const ONE_YEAR_S = 60 * 60 * 24 * 365;

export function PreferencesForm({ initial }: { initial: Preferences }) {
  const t = useTranslations();
  const [error, setError] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const readingMode = String(form.get("reading-mode") ?? "side-by-side");
    const locale = String(form.get("interface-language") ?? "en");
    const result = await postJson("/api/me", { readingMode, locale }, "PATCH");
    if (!result.ok) return setError(true);
    document.cookie = `${READER_MODE_COOKIE}=${readingMode}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    window.location.reload();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-4">
      <div className="space-y-1.5">
        <label htmlFor="reading-mode" className="block text-sm font-medium">{t("Reader.modeLabel")}</label>
        <select id="reading-mode" name="reading-mode" defaultValue={initial.readingMode ?? "side-by-side"} className="rounded-lg border border-line bg-paper px-3 py-2">
          {READER_MODES.map((mode) => <option key={mode} value={mode}>{t(`Reader.${MODE_LABEL[mode]}`)}</option>)}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="interface-language" className="block text-sm font-medium">{t("LocaleSwitcher.label")}</label>
        <select id="interface-language" name="interface-language" defaultValue={initial.locale ?? "en"} className="rounded-lg border border-line bg-paper px-3 py-2">
          <option value="en" lang="en">{t("LocaleSwitcher.en")}</option>
          <option value="id" lang="id">{t("LocaleSwitcher.id")}</option>
        </select>
      </div>
      <button type="submit" className={buttonClass}>{t("Accounts.savePreferences")}</button>
      {error && <p role="alert" className="w-full text-sm text-danger">{t("Accounts.failed")}</p>}
    </form>
  );
}
