// Job ids that sort in the order they were made. pg-boss hands out jobs of one priority
// by creation time, then by id; the jobs of one transaction share their creation time,
// so the ids keep a document's sentences in reading order (the first screen first).
// Shaped like a version 7 UUID: milliseconds, then a counter, then random bits.
import { randomBytes } from "node:crypto";

export function orderedJobIds(count: number, now: number = Date.now()): string[] {
  if (count > 0xffffff) throw new Error(`At most ${0xffffff} job ids at once, not ${count}`);
  const time = Math.floor(now).toString(16).padStart(12, "0").slice(-12);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const counter = i.toString(16).padStart(6, "0");
    const tail = randomBytes(6).toString("hex");
    ids.push(`${time.slice(0, 8)}-${time.slice(8)}-7${counter.slice(0, 3)}-8${counter.slice(3)}-${tail}`);
  }
  return ids;
}
