"use client";
import { useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { useSubmitDocument } from "./use-submit-document";
import { FormFailure, LIMIT_MB } from "./form-failure";
import { SubmitButton, fieldClass } from "./submit-button";
import { TitleField } from "./title-field";

const ACCEPTED = /\.(txt|html?)$/i;

export function UploadForm() {
  const t = useTranslations("Ingest");
  const format = useFormatter();
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  // The article's published English, optional: when given, it is aligned instead of machine-translated.
  const [translationFile, setTranslationFile] = useState<File | null>(null);
  const { pending, failure, submit, reject } = useSubmitDocument();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || file.size === 0) return reject({ code: "empty-input", serverMessage: null });
    if (!ACCEPTED.test(file.name)) return reject({ code: "unsupported-type", serverMessage: null });
    if (translationFile && !ACCEPTED.test(translationFile.name)) return reject({ code: "unsupported-type", serverMessage: null });
    // One request carries both files, under one limit.
    if (file.size + (translationFile?.size ?? 0) > MAX_INPUT_BYTES) return reject({ code: "too-large", serverMessage: null });
    const body = new FormData();
    body.set("file", file);
    if (translationFile && translationFile.size > 0) body.set("translationFile", translationFile);
    if (title.trim()) body.set("title", title.trim());
    void submit(body);
  }

  const kbOf = (chosen: File) => format.number(chosen.size / 1024, { maximumFractionDigits: 1 }) + " KB";
  const kb = file ? kbOf(file) : "";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="space-y-1.5">
        <label htmlFor="upload-file" className="block text-sm font-medium">
          {t("fileLabel")}
        </label>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-describedby="upload-file-hint upload-failure"
          aria-invalid={failure !== null}
          className={`${fieldClass} cursor-pointer file:me-4 file:cursor-pointer file:rounded-md file:border-0 file:bg-accent-soft file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-accent`}
        />
        <p id="upload-file-hint" className="text-xs text-muted">
          {file ? t("fileChosen", { name: file.name, size: kb }) : t("fileHint", { limitMb: LIMIT_MB })}
        </p>
      </div>
      <TitleField id="upload-title" value={title} onChange={setTitle} />
      <div className="space-y-1.5">
        <label htmlFor="upload-translation-file" className="block text-sm font-medium">
          {t("translationFileLabel")}
        </label>
        <input
          id="upload-translation-file"
          name="translationFile"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => setTranslationFile(e.target.files?.[0] ?? null)}
          aria-describedby="upload-translation-file-hint upload-failure"
          className={`${fieldClass} cursor-pointer file:me-4 file:cursor-pointer file:rounded-md file:border-0 file:bg-accent-soft file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-accent`}
        />
        <p id="upload-translation-file-hint" className="text-xs text-muted">
          {translationFile ? t("fileChosen", { name: translationFile.name, size: kbOf(translationFile) }) : t("translationFileHint", { limitMb: LIMIT_MB })}
        </p>
      </div>
      <FormFailure failure={failure} id="upload-failure" />
      <SubmitButton pending={pending} />
    </form>
  );
}
