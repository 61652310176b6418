"use client";
// A sentence with its glossary marks: mentions on the Indonesian side, renderings found on
// the English side. Marks whose entry is not in the document's list are left as plain text.
import { Fragment } from "react";
import type { DocumentEntity } from "@/lib/glossary/types";
import { markRuns } from "@/lib/glossary/mark-runs";
import { EntityMark } from "./entity-mark";

type Mark = { start: number; end: number; entryId: string };

export function EntityText({ text, marks, entities }: { text: string; marks: readonly Mark[]; entities: ReadonlyMap<string, DocumentEntity> }) {
  if (marks.length === 0) return <>{text}</>;
  return (
    <>
      {markRuns(text, marks).map((run, i) => {
        const entity = run.mark ? entities.get(run.mark.entryId) : undefined;
        // Plain runs stay bare text: a wrapper per run would be thousands of needless elements.
        return entity ? <EntityMark key={i} entity={entity}>{run.text}</EntityMark> : <Fragment key={i}>{run.text}</Fragment>;
      })}
    </>
  );
}
