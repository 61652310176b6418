// Downloads a model's files one by one from the hub into `<modelsDir>/<model>/`, pinned to
// one commit, each verified, then writes the local record that the load-time check reads.
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { OPTIONAL_MODEL_FILES, modelFolder, requiredModelFiles } from "../model-files";
import { ModelDownloadError, PARTIAL_SUFFIX, fetchModelFile, type FetchedFile } from "./fetch-model-file";
import { isPinned, planModelFiles, type ManifestModel, type PlannedFile } from "./model-manifest";
import { readLocalRecord, writeLocalRecord, type LocalRecord } from "./local-record";
import { sha256OfFile } from "./verify-model-files";

export type DownloadProgress = { file: string; loaded: number; total: number | null };

export type DownloadModelOptions = {
  hubUrl: string;
  model: string;
  dtype: string;
  modelsDir: string;
  /** The committed manifest's entry for this model, if any. */
  manifest: ManifestModel | undefined;
  stallMs: number;
  attempts?: number;
  onProgress?: (progress: DownloadProgress) => void;
  onNotice?: (message: string) => void;
};

export function hubFileUrl(hubUrl: string, model: string, revision: string, file: string): string {
  const encode = (value: string) => value.split("/").map(encodeURIComponent).join("/");
  return `${hubUrl.replace(/\/+$/, "")}/${encode(model)}/resolve/${encodeURIComponent(revision)}/${encode(file)}`;
}

export async function downloadModelFiles(options: DownloadModelOptions): Promise<LocalRecord> {
  const folder = modelFolder(options.modelsDir, options.model);
  await mkdir(folder, { recursive: true });
  const release = await lockFolder(folder);
  try {
    return await downloadInto(folder, options);
  } finally {
    await release();
  }
}

const LOCK_FILE = ".selaras-download.lock";

/** Two processes appending to the same partial file would corrupt it: one download per folder. */
async function lockFolder(folder: string): Promise<() => Promise<void>> {
  const lock = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      return () => rm(lock, { force: true });
    } catch {
      const holder = Number(await readFile(lock, "utf8").catch(() => ""));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new ModelDownloadError(`another process (pid ${holder}) is downloading into ${folder}; wait for it or stop it`);
      }
      await rm(lock, { force: true }); // left by a process that died
    }
  }
  throw new ModelDownloadError(`could not lock ${folder} for the download`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function downloadInto(folder: string, options: DownloadModelOptions): Promise<LocalRecord> {
  const plan = planModelFiles(options.manifest, requiredModelFiles(options.dtype), OPTIONAL_MODEL_FILES);
  await removeLeftovers(folder, plan);
  const pinned = isPinned(options.manifest);
  // Unpinned, the first answer's X-Repo-Commit pins every later file to the same commit.
  let revision = options.manifest?.revision ?? "main";
  if (!pinned) options.onNotice?.(`The manifest does not pin ${options.model} yet: fetching the commit "${revision}" points to now.`);
  const previous = readLocalRecord(folder);
  const fetched: FetchedFile[] = [];
  for (const file of plan) {
    const kept = await keepExisting(folder, file, previous);
    if (kept) {
      fetched.push(kept);
      continue;
    }
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    const result = await fetchModelFile({
      url: hubFileUrl(options.hubUrl, options.model, revision, file.path),
      target,
      file,
      stallMs: options.stallMs,
      attempts: options.attempts ?? 8,
      onProgress: (loaded, total) => options.onProgress?.({ file: file.path, loaded, total }),
      onRetry: (reason, attempt) => options.onNotice?.(`${file.path}: ${reason}; resuming (attempt ${attempt + 1})`),
    });
    if (!result) continue;
    if (pinned && result.commit && result.commit !== revision) {
      throw new ModelDownloadError(`${file.path}: the hub answered from commit ${result.commit}, not the pinned ${revision}`);
    }
    if (!pinned && result.commit && revision === (options.manifest?.revision ?? "main")) revision = result.commit;
    fetched.push(result);
  }
  const record: LocalRecord = { model: options.model, revision, files: fetched.map(({ path: p, size, sha256 }) => ({ path: p, size, sha256 })) };
  writeLocalRecord(folder, record);
  return record;
}

/** A file already in place counts when it matches what the manifest or the last download recorded. */
async function keepExisting(folder: string, file: PlannedFile, previous: LocalRecord | null): Promise<FetchedFile | null> {
  const expected = file.sha256 ? file : previous?.files.find((f) => f.path === file.path);
  if (!expected?.sha256) return null;
  const actual = await sha256OfFile(path.join(folder, file.path)).catch(() => null);
  if (!actual || actual.sha256 !== expected.sha256 || (expected.size !== null && actual.size !== expected.size)) return null;
  return { path: file.path, size: actual.size, sha256: actual.sha256, commit: null };
}

/**
 * Temporary files of interrupted runs: partial downloads of files this plan no longer
 * needs, and writers' `*.tmp` files. Partials of needed files stay: they are resumed.
 */
async function removeLeftovers(folder: string, plan: readonly PlannedFile[]): Promise<void> {
  const keep = new Set(plan.map((f) => path.join(folder, f.path) + PARTIAL_SUFFIX));
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const leftover = entry.name.endsWith(".tmp") || (entry.name.endsWith(PARTIAL_SUFFIX) && !keep.has(full));
    if (leftover) await rm(full, { force: true });
  }
}
