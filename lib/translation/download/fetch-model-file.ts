// Fetches one model file into `<target>.partial`, resuming with HTTP Range after a dropped
// connection or a stall (no bytes for `stallMs`), then verifies size and sha256 before the
// rename that makes it visible. There is no cap on the total time: a slow link finishes.
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rename, rm, stat, truncate } from "node:fs/promises";
import { isRetryableStatus, planResume, rangeHeader } from "./byte-range";
import type { PlannedFile } from "./model-manifest";

export const PARTIAL_SUFFIX = ".partial";
const MAX_REDIRECTS = 5;

/** A download that cannot succeed by asking again (404, a wrong size, a bad hash twice). */
export class ModelDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModelDownloadError";
  }
}

export type FetchedFile = { path: string; size: number; sha256: string; commit: string | null };

export type FetchFileOptions = {
  url: string;
  target: string;
  file: PlannedFile;
  stallMs: number;
  attempts: number;
  onProgress?: (loaded: number, total: number | null) => void;
  onRetry?: (reason: string, attempt: number) => void;
};

type State = {
  have: number;
  hash: Hash;
  total: number | null;
  commit: string | null;
  hubSha256: string | null;
  /** Whether the hub has answered at all in this run. */
  answered: boolean;
};

/** The file, or null when an optional file is not on the hub. */
export async function fetchModelFile(options: FetchFileOptions): Promise<FetchedFile | null> {
  const partial = options.target + PARTIAL_SUFFIX;
  for (let round = 1; round <= 2; round++) {
    const state = await resumeState(partial, options.file.size);
    const fetched = await fetchWithRetries(options, partial, state);
    if (!fetched) return null;
    const problem = verifyProblem(options.file, state);
    if (!problem) {
      await rename(partial, options.target);
      return { path: options.file.path, size: state.have, sha256: state.hash.digest("hex"), commit: state.commit };
    }
    // Bad bytes may have come from an earlier run's partial file or a glitch: once more from zero.
    await rm(partial, { force: true });
    if (round === 2) throw new ModelDownloadError(`${options.file.path}: ${problem}`);
    options.onRetry?.(`${problem}; downloading it again from the start`, 1);
  }
  throw new Error("unreachable");
}

async function resumeState(partial: string, expectedSize: number | null): Promise<State> {
  const hash = createHash("sha256");
  const have = await stat(partial).then((s) => s.size, () => 0);
  if (expectedSize !== null && have > expectedSize) {
    await rm(partial, { force: true });
    return { have: 0, hash, total: expectedSize, commit: null, hubSha256: null, answered: false };
  }
  // Hash what an earlier run left, so the final check covers the whole file.
  if (have > 0) for await (const chunk of createReadStream(partial, { end: have - 1 })) hash.update(chunk as Buffer);
  return { have, hash, total: expectedSize, commit: null, hubSha256: null, answered: false };
}

async function fetchWithRetries(options: FetchFileOptions, partial: string, state: State): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(options, partial, state);
    } catch (error) {
      // No answer at all, ever, from a host that cannot be resolved or reached: an offline
      // machine. Saying so at once lets the app fall back to drafts without a long wait.
      if (!state.answered && isUnreachable(error)) {
        throw new ModelDownloadError(`${options.file.path}: cannot reach the model hub (${describe(error)})`);
      }
      if (error instanceof ModelDownloadError || attempt >= options.attempts) {
        throw error instanceof ModelDownloadError
          ? error
          : new ModelDownloadError(`${options.file.path}: gave up after ${attempt} attempts: ${describe(error)}`);
      }
      options.onRetry?.(describe(error), attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), 5_000)));
    }
  }
}

class RetryableError extends Error {}

async function fetchOnce(options: FetchFileOptions, partial: string, state: State): Promise<boolean> {
  const controller = new AbortController();
  const stallError = new RetryableError(`no data for ${Math.round(options.stallMs / 100) / 10} s`);
  const stall = setTimeout(() => controller.abort(stallError), options.stallMs);
  try {
    const response = await request(options.url, state, controller.signal);
    stall.refresh();
    if (response.status === 404 && options.file.optional) return false;
    if (![200, 206, 416].includes(response.status)) {
      const message = `HTTP ${response.status} from the model hub`;
      throw isRetryableStatus(response.status) ? new RetryableError(message) : new ModelDownloadError(`${options.file.path}: ${message}`);
    }
    const plan = planResume(response.status, { contentRange: response.headers.get("content-range"), contentLength: response.headers.get("content-length") }, state.have);
    if (plan.kind === "fail") throw new RetryableError(plan.reason);
    if (plan.kind === "retry-from-zero" || plan.kind === "restart") await startOver(partial, state);
    if (plan.kind === "retry-from-zero") throw new RetryableError(plan.reason);
    if (plan.kind === "complete") return true;
    if (plan.total !== null) {
      if (options.file.size !== null && plan.total !== options.file.size) {
        throw new ModelDownloadError(`${options.file.path}: the hub serves ${plan.total} bytes, the manifest expects ${options.file.size}`);
      }
      state.total = plan.total;
    }
    const cut = await appendBody(response, partial, state, () => stall.refresh(), options.onProgress).then(
      () => null,
      (error: unknown) => (controller.signal.aborted ? null : describe(error)),
    );
    if (controller.signal.aborted) throw stallError;
    const of = state.total === null ? "" : ` of ${state.total}`;
    if (cut) throw new RetryableError(`connection lost after ${state.have}${of} bytes (${cut})`);
    if (state.total !== null && state.have < state.total) throw new RetryableError(`connection closed after ${state.have}${of} bytes`);
    return true;
  } catch (error) {
    throw controller.signal.aborted ? stallError : error;
  } finally {
    clearTimeout(stall);
  }
}

/** Follows redirects by hand: the hub names the commit and the LFS sha256 on the redirect itself. */
async function request(url: string, state: State, signal: AbortSignal): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, { headers: rangeHeader(state.have), redirect: "manual", signal });
    state.answered = true;
    state.commit ??= response.headers.get("x-repo-commit");
    state.hubSha256 ??= sha256FromEtag(response.headers.get("x-linked-etag") ?? response.headers.get("etag"));
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    current = new URL(location, current).toString();
  }
  throw new ModelDownloadError(`more than ${MAX_REDIRECTS} redirects for ${url}`);
}

/** The hub's ETag for an LFS file is its sha256; a git blob's is a 40-hex sha1, which we ignore. */
export function sha256FromEtag(etag: string | null): string | null {
  const value = etag?.replace(/^W\//, "").replace(/"/g, "").trim().toLowerCase();
  return value && /^[0-9a-f]{64}$/.test(value) ? value : null;
}

async function startOver(partial: string, state: State): Promise<void> {
  await truncate(partial, 0).catch(() => undefined);
  state.have = 0;
  state.hash = createHash("sha256");
}

async function appendBody(
  response: Response,
  partial: string,
  state: State,
  onBytes: () => void,
  onProgress?: (loaded: number, total: number | null) => void,
): Promise<void> {
  if (!response.body) return;
  const handle = await open(partial, "a");
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      onBytes();
      await handle.write(chunk);
      state.hash.update(chunk);
      state.have += chunk.byteLength;
      onProgress?.(state.have, state.total);
    }
  } finally {
    await handle.close();
  }
}

function verifyProblem(file: PlannedFile, state: State): string | null {
  if (file.size !== null && state.have !== file.size) return `got ${state.have} bytes, the manifest expects ${file.size}`;
  const expected = file.sha256 ?? state.hubSha256;
  if (!expected) return null;
  const actual = state.hash.copy().digest("hex");
  const source = file.sha256 ? "the manifest" : "the hub's LFS etag";
  return actual === expected ? null : `sha256 is ${actual}, ${source} says ${expected}`;
}

const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH"]);

function isUnreachable(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === "string" && UNREACHABLE.has(cause.code);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message} (${cause})` : error.message;
}
