"use client";
// The app's own "are you sure?": a native <dialog> opened with showModal(), so focus moves
// in, the page behind is inert and Esc cancels, styled like the rest of the app instead
// of the browser's confirm() (which also blocks the page and cannot be translated).
import { useCallback, useRef, useState } from "react";
import { useTranslations } from "next-intl";

type Request = { message: string; confirmLabel: string; resolve: (confirmed: boolean) => void };

export function useConfirm() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [request, setRequest] = useState<Request | null>(null);

  const confirm = useCallback(
    (message: string, confirmLabel: string) =>
      new Promise<boolean>((resolve) => {
        setRequest({ message, confirmLabel, resolve });
        // Open after React has rendered the message into the dialog.
        requestAnimationFrame(() => dialog.current?.showModal());
      }),
    [],
  );

  function close(confirmed: boolean) {
    request?.resolve(confirmed);
    setRequest(null);
    if (dialog.current?.open) dialog.current.close();
  }

  const element = <ConfirmDialog ref={dialog} request={request} onClose={close} />;
  return { confirm, dialog: element };
}

function ConfirmDialog({ ref, request, onClose }: { ref: React.Ref<HTMLDialogElement>; request: Request | null; onClose: (confirmed: boolean) => void }) {
  const t = useTranslations("Confirm");
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-message"
      data-testid="confirm-dialog"
      onCancel={() => onClose(false)}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-5 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <p id="confirm-message" className="text-sm">{request?.message}</p>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" onClick={() => onClose(false)} autoFocus className="rounded-md border border-line bg-surface px-3 py-1 text-sm font-medium text-ink shadow-sm hover:bg-sunken">
          {t("cancel")}
        </button>
        <button type="button" onClick={() => onClose(true)} data-testid="confirm-accept" className="rounded-md border border-accent bg-accent px-3 py-1 text-sm font-medium text-accent-ink shadow-sm hover:opacity-90">
          {request?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
