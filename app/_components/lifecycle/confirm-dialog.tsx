"use client";
// The app's own confirmation: a native <dialog> opened with showModal(), so focus moves
// in, the page behind is inert and Esc cancels, with no window.confirm().
import { useEffect, useId, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
};

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, busy, onConfirm, onCancel, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="space-y-3 px-5 py-4">
        <h2 id={titleId} className="font-semibold">{title}</h2>
        <div className="text-sm text-muted">{children}</div>
      </div>
      <div className="flex justify-end gap-2 border-t border-line px-5 py-3">
        {/* Cancel first, so the focus showModal() gives the first button is the safe one. */}
        <button type="button" onClick={onCancel} disabled={busy} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-sunken disabled:opacity-60">
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm} disabled={busy} className="rounded-md bg-danger px-3 py-1.5 text-sm font-medium text-paper shadow-sm hover:opacity-90 disabled:opacity-60">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
