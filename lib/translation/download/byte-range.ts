// HTTP Range arithmetic for resuming a download: which header to send for the bytes
// already on disk, and what the server's answer means for them. Pure.

export function rangeHeader(have: number): Record<string, string> {
  return have > 0 ? { range: `bytes=${have}-` } : {};
}

export type ContentRange = { start: number; end: number; total: number | null } | { unsatisfied: true; total: number };

/** Parses `bytes 100-199/1000`, `bytes 100-199/*` and `bytes *\/1000`; null when malformed. */
export function parseContentRange(header: string | null | undefined): ContentRange | null {
  if (!header) return null;
  const unsatisfied = /^bytes \*\/(\d+)$/.exec(header.trim());
  if (unsatisfied) return { unsatisfied: true, total: Number(unsatisfied[1]) };
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const total = match[3] === "*" ? null : Number(match[3]);
  if (end < start || (total !== null && end >= total)) return null;
  return { start, end, total };
}

export type ResumePlan =
  /** Append the body to the bytes on disk; `total` is the whole file's size when known. */
  | { kind: "append"; total: number | null }
  /** The body is the whole file: throw away what is on disk first. */
  | { kind: "restart"; total: number | null }
  /** The bytes on disk are already the whole file. */
  | { kind: "complete"; total: number }
  /** Keep the bytes on disk but ask again without a range (e.g. a 416 that does not match). */
  | { kind: "retry-from-zero"; reason: string }
  | { kind: "fail"; reason: string };

function contentLength(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** What a response to a request for bytes `have`- (or the whole file when 0) means. */
export function planResume(
  status: number,
  headers: { contentRange?: string | null; contentLength?: string | null },
  have: number,
): ResumePlan {
  if (status === 200) return { kind: "restart", total: contentLength(headers.contentLength) };
  if (status === 206) {
    const range = parseContentRange(headers.contentRange);
    if (!range || "unsatisfied" in range) return { kind: "fail", reason: `unreadable Content-Range "${headers.contentRange ?? ""}"` };
    if (range.start !== have) return { kind: "fail", reason: `asked for bytes from ${have}, got bytes from ${range.start}` };
    return { kind: "append", total: range.total };
  }
  if (status === 416) {
    // Asked past the end: either the partial file is already complete or it is longer than the file.
    const range = parseContentRange(headers.contentRange);
    if (range && "unsatisfied" in range && range.total === have) return { kind: "complete", total: have };
    return { kind: "retry-from-zero", reason: `the server has no bytes from ${have} on` };
  }
  return { kind: "fail", reason: `HTTP ${status}` };
}

/** Whether an answer is worth asking again for (server trouble), or final (404, 403…). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
