import { useTranslations } from "next-intl";
import type { DocumentStatus } from "@/lib/documents/types";

const STYLE: Record<DocumentStatus, string> = {
  translating: "bg-accent-soft text-accent",
  ready: "bg-sunken text-ink",
  failed: "bg-danger-soft text-danger",
};

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const t = useTranslations("Status");
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ${STYLE[status]}`}
    >
      {status === "translating" && (
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-current" />
      )}
      {t(status)}
    </span>
  );
}
