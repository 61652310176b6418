"use client";
import { useEffect, useRef, useState } from "react";
import type { DocumentStatus } from "@/lib/documents/types";

/** Tells screen-reader users once when a translation they watched has finished. */
export function useFinishedAnnouncement(status: DocumentStatus, message: string): string {
  const wasTranslating = useRef(status === "translating");
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (status === "translating") wasTranslating.current = true;
    else if (wasTranslating.current && status === "ready") setAnnouncement(message);
  }, [status, message]);
  return announcement;
}
