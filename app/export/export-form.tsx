// The export choices as a GET form back to /export: every control is named after the
// /api/export query parameter it sets, so the form's data is the whole "state". With
// script, each change is followed at once (onChange); Apply is only there without it.
import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, EXPORT_STATUSES, type ExportOptions } from "@/lib/export/export-options";

type Props = { options: ExportOptions; documents: { id: string; title: string }[]; onChange: () => void; ref: Ref<HTMLFormElement> };

const FORMAT_LABEL = { tsv: "formatTsv", tmx: "formatTmx", moses: "formatMoses", jsonl: "formatJsonl", glossary: "formatGlossary" } as const;
const STATUS_LABEL = { translated: "statusTranslated", checked: "statusChecked", approved: "statusApproved" } as const;
const FIELDSET = "space-y-2 rounded-lg border border-line bg-surface p-4";
const LEGEND = "px-1 text-sm font-semibold";

export function ExportForm({ options, documents, onChange, ref }: Props) {
  const t = useTranslations("Export");
  const chosen = new Set(options.documentIds ?? []);
  return (
    <form ref={ref} method="get" action="/export" onChange={onChange} aria-label={t("formLabel")} className="space-y-5" data-testid="export-form">
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("format")}</legend>
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className="flex items-start gap-2">
            <input type="radio" name="format" value={format} defaultChecked={options.format === format} className="mt-1" />
            <span>{t(FORMAT_LABEL[format])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("documents")}</legend>
        <p className="text-sm text-muted">{t("documentsHint")}</p>
        {documents.length === 0 && <p className="text-sm">{t("noDocuments")}</p>}
        <div className="max-h-72 space-y-1 overflow-y-auto">
          {documents.map((document) => (
            <label key={document.id} className="flex items-start gap-2">
              <input type="checkbox" name="documents" value={document.id} defaultChecked={chosen.has(document.id)} className="mt-1" />
              <span lang="id">{document.title}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("options")}</legend>
        <label className="flex flex-wrap items-center gap-2">
          <span>{t("status")}</span>
          <select name="status" defaultValue={options.status} className="rounded-md border border-line bg-paper px-2 py-1">
            {EXPORT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABEL[status])}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-wrap items-center gap-2">
          <span>{t("dedupe")}</span>
          <select name="dedupe" defaultValue={options.dedupe ? "1" : "0"} className="rounded-md border border-line bg-paper px-2 py-1">
            <option value="1">{t("dedupeOn")}</option>
            <option value="0">{t("dedupeOff")}</option>
          </select>
        </label>
        <Checkbox name="drafts" value="1" checked={options.drafts} label={t("drafts")} />
        <Checkbox name="header" value="1" checked={options.header} label={t("header")} />
        <Checkbox name="columns" value="meta" checked={options.columns === "meta"} label={t("meta")} />
        <Checkbox name="spreadsheet" value="1" checked={options.spreadsheet} label={t("spreadsheet")} />
      </fieldset>

      <noscript>
        <button type="submit" className="rounded-md border border-line bg-surface px-4 py-2 text-sm font-semibold shadow-sm hover:bg-sunken">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}

function Checkbox({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  return (
    <label className="flex items-start gap-2">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1" />
      <span>{label}</span>
    </label>
  );
}
