// What a finished download verified, kept beside the model (`.selaras-model.json`) so
// every later load can tell a truncated or corrupted file from a good one.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { manifestFileSchema } from "./model-manifest";

export const LOCAL_RECORD_FILE = ".selaras-model.json";

const recordSchema = z.object({
  model: z.string().min(1),
  revision: z.string().min(1),
  files: z.array(manifestFileSchema.extend({ size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type LocalRecord = z.infer<typeof recordSchema>;

/** The record, or null when there is none or it cannot be read (a hand-copied model). */
export function readLocalRecord(folder: string): LocalRecord | null {
  let text: string;
  try {
    text = readFileSync(path.join(/* turbopackIgnore: true */ folder, LOCAL_RECORD_FILE), "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeLocalRecord(folder: string, record: LocalRecord): void {
  const target = path.join(folder, LOCAL_RECORD_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(recordSchema.parse(record), null, 2)}\n`);
  renameSync(temporary, target);
}
