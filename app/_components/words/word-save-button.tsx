"use client";
// "Save word": to the account when signed in, to this browser otherwise. Saving again is
// harmless: the server keeps one entry per word.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { DictionaryEntry } from "@/lib/dictionary/types";
import type { WordContext } from "./word-popover";
import { saveWord } from "./word-store";

export function WordSaveButton({ context, entry }: { context: WordContext; entry: DictionaryEntry }) {
  const t = useTranslations("WordHelp");
  const [state, setState] = useState<"idle" | "saving" | "account" | "browser" | "failed">("idle");
  const save = async () => {
    setState("saving");
    try {
      const { kind } = await saveWord({
        word: context.word, root: entry.root, gloss: entry.senses.slice(0, 3).map((s) => s.gloss).join("; "), segmentId: context.segmentId,
        documentId: context.documentId, documentTitle: context.documentTitle, source: context.source, target: context.target,
      });
      setState(kind);
    } catch {
      setState("failed");
    }
  };
  const saved = state === "account" || state === "browser";
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2">
      <button type="button" data-testid="save-word" onClick={save} disabled={state === "saving" || saved} className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-accent-ink disabled:opacity-70">
        {saved ? t("saved") : t("save")}
      </button>
      <span role="status" data-testid="save-word-status" className="text-xs text-muted">
        {state === "account" ? t("savedAccount") : state === "browser" ? t("savedBrowser") : state === "failed" ? t("saveFailed") : ""}
      </span>
    </div>
  );
}
