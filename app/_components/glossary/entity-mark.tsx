// One marked name in the reader: a plain link to its entry (the address carries the id). What the glossary
// knows about it (the tip on hover or focus, the popover on a tap) is built on demand by
// the shared host (see use-entity-marks), so a mention costs one element.
import type { ReactNode } from "react";
import type { DocumentEntity } from "@/lib/glossary/types";
import { SHARED_TOOLTIP_ID } from "../ui/popover-host";

export function EntityMark({ entity, children }: { entity: DocumentEntity; children: ReactNode }) {
  return (
    <a href={`/glossary/${entity.id}`} data-testid="entity-mark" aria-describedby={SHARED_TOOLTIP_ID} className="entity-mark">
      {children}
    </a>
  );
}
