"use client";
// "Add an article": three ways in, as ARIA tabs. Every panel stays mounted (only
// hidden), so switching tabs never throws away what was typed or chosen.
import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";
import { UrlForm } from "./url-form";

const TABS = [
  { key: "paste", label: "tabPaste", Form: PasteForm },
  { key: "upload", label: "tabUpload", Form: UploadForm },
  { key: "url", label: "tabUrl", Form: UrlForm },
] as const;

export function IngestPanel() {
  const t = useTranslations("Ingest");
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: TABS.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + TABS.length) % TABS.length;
    setSelected(index);
    tabRefs.current[index]?.focus();
  }

  return (
    <section
      data-testid="ingest-form"
      aria-labelledby="ingest-heading"
      className="overflow-hidden rounded-2xl border border-line bg-surface shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 pt-4 sm:px-6">
        <h2 id="ingest-heading" className="pb-3 text-lg font-semibold">
          {t("heading")}
        </h2>
        <div role="tablist" aria-label={t("tabsLabel")} onKeyDown={onKeyDown} className="-mb-px flex gap-1">
          {TABS.map((tab, index) => (
            <button
              key={tab.key}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`ingest-tab-${tab.key}`}
              aria-controls={`ingest-panel-${tab.key}`}
              aria-selected={index === selected}
              tabIndex={index === selected ? 0 : -1}
              onClick={() => setSelected(index)}
              className="rounded-t-md border-b-2 border-transparent px-3 pb-2.5 pt-1.5 text-sm font-medium text-muted hover:text-ink aria-selected:border-accent aria-selected:text-accent"
            >
              {t(tab.label)}
            </button>
          ))}
        </div>
      </div>
      {TABS.map(({ key, Form }, index) => (
        <div
          key={key}
          role="tabpanel"
          id={`ingest-panel-${key}`}
          aria-labelledby={`ingest-tab-${key}`}
          hidden={index !== selected}
          className="px-5 py-5 sm:px-6"
        >
          <Form />
        </div>
      ))}
    </section>
  );
}
