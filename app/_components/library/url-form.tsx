"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useSubmitDocument } from "./use-submit-document";
import { FormFailure } from "./form-failure";
import { SubmitButton, fieldClass } from "./submit-button";

export function UrlForm() {
  const t = useTranslations("Ingest");
  const [url, setUrl] = useState("");
  // The article's published English on another page, optional: aligned instead of machine-translated.
  const [translationUrl, setTranslationUrl] = useState("");
  const { pending, failure, submit, reject } = useSubmitDocument();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = url.trim();
    // The server re-checks (private addresses, redirects); this only catches typos early.
    if (address === "" || !URL.canParse(address)) return reject({ code: "invalid-url", serverMessage: null });
    if (!/^https?:$/.test(new URL(address).protocol)) return reject({ code: "fetch-refused", serverMessage: null });
    const english = translationUrl.trim();
    if (english === "") return void submit({ url: address });
    if (!URL.canParse(english)) return reject({ code: "invalid-url", serverMessage: null });
    if (!/^https?:$/.test(new URL(english).protocol)) return reject({ code: "fetch-refused", serverMessage: null });
    void submit({ url: address, translationUrl: english });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="space-y-1.5">
        <label htmlFor="fetch-url" className="block text-sm font-medium">
          {t("urlLabel")}
        </label>
        <input
          id="fetch-url"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-describedby="fetch-url-hint fetch-failure"
          aria-invalid={failure !== null}
          className={fieldClass}
        />
        <p id="fetch-url-hint" className="text-xs text-muted">{t("urlHint")}</p>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="fetch-translation-url" className="block text-sm font-medium">
          {t("translationUrlLabel")}
        </label>
        <input
          id="fetch-translation-url"
          name="translationUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={translationUrl}
          onChange={(e) => setTranslationUrl(e.target.value)}
          aria-describedby="fetch-translation-url-hint fetch-failure"
          className={fieldClass}
        />
        <p id="fetch-translation-url-hint" className="text-xs text-muted">{t("translationUrlHint")}</p>
      </div>
      <FormFailure failure={failure} id="fetch-failure" />
      <SubmitButton pending={pending} />
    </form>
  );
}
