"use client";
// "Move to trash" in the reader: the app's own confirmation, then the library with an
// undo notice (/?trashed=id). Nothing is lost: the trash keeps the article for 30 days.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { TRASH_DAYS } from "@/lib/documents/live-documents";
import { ConfirmDialog } from "./confirm-dialog";
import { sendRequest } from "./send-request";

type State = { kind: "closed" } | { kind: "open" } | { kind: "busy" } | { kind: "failed"; message: string };

export function DeleteDocumentButton({ documentId, title, className }: { documentId: string; title: string; className: string }) {
  const t = useTranslations("Lifecycle");
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "closed" });

  async function confirm() {
    setState({ kind: "busy" });
    const outcome = await sendRequest(`/api/documents/${encodeURIComponent(documentId)}`, "DELETE");
    if (!outcome.ok) {
      setState({ kind: "failed", message: outcome.message ?? t("network") });
      return;
    }
    router.push(`/?trashed=${encodeURIComponent(documentId)}`);
  }

  return (
    <>
      <button type="button" onClick={() => setState({ kind: "open" })} data-testid="delete-document" className={`${className} text-danger`}>
        {t("delete")}
      </button>
      <ConfirmDialog
        open={state.kind !== "closed"}
        title={t("deleteTitle", { title })}
        confirmLabel={state.kind === "busy" ? t("deleting") : t("deleteConfirm")}
        cancelLabel={t("cancel")}
        busy={state.kind === "busy"}
        onConfirm={() => void confirm()}
        onCancel={() => setState({ kind: "closed" })}
        testId="delete-dialog"
      >
        <p>{t("deleteBody", { days: TRASH_DAYS })}</p>
        {state.kind === "failed" && <p role="alert" className="mt-2 text-danger">{t("failed", { message: state.message })}</p>}
      </ConfirmDialog>
    </>
  );
}
