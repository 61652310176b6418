"use client";
// The machine drafts shown beside published pairs while Compare is on, keyed by segment:
// null when Compare is off, so sentences render as they always have.
import { createContext, useContext, type ReactNode } from "react";
import type { ComparisonDraftView } from "@/lib/comparison/get-comparison";

const ComparisonContext = createContext<ReadonlyMap<string, ComparisonDraftView> | null>(null);

export function ComparisonProvider({ drafts, children }: { drafts: ReadonlyMap<string, ComparisonDraftView> | null; children: ReactNode }) {
  return <ComparisonContext.Provider value={drafts}>{children}</ComparisonContext.Provider>;
}

export function useComparisonDrafts(): ReadonlyMap<string, ComparisonDraftView> | null {
  return useContext(ComparisonContext);
}
