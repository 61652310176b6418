"use client";
// The document's entities by id, for every sentence of the reader without threading a
// prop through the memoised paragraph rows.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { DocumentEntity } from "@/lib/glossary/types";

const EntitiesContext = createContext<ReadonlyMap<string, DocumentEntity>>(new Map());

export function DocumentEntitiesProvider({ entities, children }: { entities: readonly DocumentEntity[]; children: ReactNode }) {
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  return <EntitiesContext.Provider value={byId}>{children}</EntitiesContext.Provider>;
}

export function useDocumentEntities(): ReadonlyMap<string, DocumentEntity> {
  return useContext(EntitiesContext);
}
