// What the web process hands the import's worker thread: plain data, so it crosses threads.
import type { Actor } from "@/lib/changes/actor";
import type { MemoryImportFormat } from "./types";

export type MemoryImportJob = {
  id: string;
  fileName: string;
  format: MemoryImportFormat;
  actor: Actor;
  sourcePath: string;
  targetPath?: string;
  bytes: number;
  maxBytes: number;
};
