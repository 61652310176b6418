import { useTranslations } from "next-intl";
import type { SegmentStatus } from "@/lib/documents/types";

const STYLE: Record<SegmentStatus, string> = {
  pending: "bg-sunken text-muted",
  machine: "bg-sunken text-ink",
  memory: "bg-sunken text-ink italic",
  edited: "bg-accent-soft text-accent",
  approved: "bg-accent text-accent-ink",
  reference: "bg-sunken text-ink",
};

export function StatusChip({ status }: { status: SegmentStatus }) {
  const t = useTranslations("Editor.status");
  return (
    <span data-testid="segment-status" data-status={status} className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ${STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
