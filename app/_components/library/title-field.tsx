"use client";
// The optional title field shared by the paste and upload forms.
import { useTranslations } from "next-intl";
import { MAX_TITLE_CHARS } from "@/lib/limits";
import { fieldClass } from "./submit-button";

export function TitleField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("Ingest");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("titleLabel")} <span className="font-normal text-muted">({t("titleOptional")})</span>
      </label>
      <input
        id={id}
        name="title"
        lang="id"
        value={value}
        maxLength={MAX_TITLE_CHARS}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className={fieldClass}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">{t("titleHint")}</p>
    </div>
  );
}
