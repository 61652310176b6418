"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { looksLikeHtml } from "@/lib/text/looks-like-html";
import { useSubmitDocument } from "./use-submit-document";
import { FormFailure, LIMIT_MB } from "./form-failure";
import { SubmitButton, fieldClass } from "./submit-button";
import { TitleField } from "./title-field";

export function PasteForm() {
  const t = useTranslations("Ingest");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  // The article's published English, optional: when given, it is aligned instead of machine-translated.
  const [translation, setTranslation] = useState("");
  const [compare, setCompare] = useState(false);
  const { pending, failure, submit, reject } = useSubmitDocument();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === "") return reject({ code: "empty-input", serverMessage: null });
    if (new TextEncoder().encode(text).length > MAX_INPUT_BYTES) return reject({ code: "too-large", serverMessage: null });
    const english = translation.trim() === "" ? {} : { translation: { text: translation } };
    const options = { compare: compare && translation.trim() !== "" };
    void submit(title.trim() ? { text, title: title.trim(), ...english } : { text, ...english }, options);
  }

  const invalid = failure !== null;
  const html = looksLikeHtml(text);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <TitleField id="paste-title" value={title} onChange={setTitle} />
      <div className="space-y-1.5">
        <label htmlFor="paste-text" className="block text-sm font-medium">
          {t("textLabel")}
        </label>
        <textarea
          id="paste-text"
          name="text"
          lang="id"
          value={text}
          rows={7}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="paste-text-hint paste-html-notice paste-failure"
          aria-invalid={invalid}
          className={`${fieldClass} min-h-40 resize-y font-serif leading-relaxed`}
        />
        <p id="paste-text-hint" className="text-xs text-muted">{t("textHint", { limitMb: LIMIT_MB })}</p>
        {/* The server reads such a paste as a web page; say so before it is sent. */}
        <p id="paste-html-notice" role="status" data-testid="paste-html-notice" className={html ? "rounded-md bg-accent-soft px-3 py-2 text-sm text-ink" : "sr-only"}>
          {html ? t("htmlPasteNotice") : ""}
        </p>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="paste-translation" className="block text-sm font-medium">
          {t("translationLabel")}
        </label>
        <textarea
          id="paste-translation"
          name="translation"
          lang="en"
          value={translation}
          rows={4}
          onChange={(e) => setTranslation(e.target.value)}
          aria-describedby="paste-translation-hint paste-failure"
          className={`${fieldClass} min-h-24 resize-y font-serif leading-relaxed`}
        />
        <p id="paste-translation-hint" className="text-xs text-muted">{t("translationHint")}</p>
        {translation.trim() !== "" && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} data-testid="paste-compare" className="size-4 accent-accent" />
            {t("compareLabel")}
          </label>
        )}
      </div>
      <FormFailure failure={failure} id="paste-failure" />
      <SubmitButton pending={pending} />
    </form>
  );
}
