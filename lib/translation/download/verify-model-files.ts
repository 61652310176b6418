// The load-time check of a model folder against what its download recorded: sizes first
// (cheap), then sha256 of every file. A folder that failed is remembered by the sizes and
// times of its files, so it is not hashed and loaded again until someone replaces a file.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { LocalRecord } from "./local-record";

export async function sha256OfFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest("hex") };
}

/** One sentence per file that does not match the record; [] when all do. */
export async function corruptModelFiles(folder: string, record: LocalRecord, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const expected = record.files.find((f) => f.path === file);
    if (!expected) continue;
    const full = path.join(/* turbopackIgnore: true */ folder, file);
    const size = await stat(full).then((s) => s.size, () => null);
    if (size === null) problems.push(`${file} is missing`);
    else if (size !== expected.size) problems.push(`${file} has ${size} bytes, not the ${expected.size} that were downloaded (truncated or replaced)`);
    else {
      const { sha256 } = await sha256OfFile(full);
      if (sha256 !== expected.sha256) problems.push(`${file} is corrupt: its sha256 is ${sha256}, not ${expected.sha256}`);
    }
  }
  return problems;
}
