"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useSubmitDocument } from "./use-submit-document";
import { FormFailure } from "./form-failure";
import { SubmitButton, fieldClass } from "./submit-button";

export function UrlForm() {
  const t = useTranslations("Ingest");
  const [url, setUrl] = useState("");
  const { pending, failure, submit, reject } = useSubmitDocument();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = url.trim();
    // The server re-checks (private addresses, redirects); this only catches typos early.
    if (address === "" || !URL.canParse(address)) return reject({ code: "invalid-url", serverMessage: null });
    if (!/^https?:$/.test(new URL(address).protocol)) return reject({ code: "fetch-refused", serverMessage: null });
    void submit({ url: address });
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
      <FormFailure failure={failure} id="fetch-failure" />
      <SubmitButton pending={pending} />
    </form>
  );
}
