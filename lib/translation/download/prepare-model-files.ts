// Makes sure a model folder is complete and intact before transformers.js reads it:
// downloads what is missing when downloads are allowed (our resumable downloader, never
// transformers.js's own fetch), then checks every file against its recorded sha256.
import { ModelUnavailableError, SUPPORTED_DTYPES, modelFileProblems, modelFolder, expectedModelFiles, rememberCorruptModel, requiredModelFiles } from "../model-files";
import { committedManifestEntry } from "./committed-manifest";
import { downloadModelFiles, type DownloadProgress } from "./download-model-files";
import { corruptModelFiles } from "./verify-model-files";

export type PrepareOptions = {
  model: string;
  modelsDir: string;
  dtype: string;
  allowRemote: boolean;
  hubUrl: string;
  stallMs: number;
  onProgress?: (progress: DownloadProgress) => void;
};

// One download per folder at a time, shared by every caller, and never cut short by a
// load timeout: a caller that stops waiting leaves it running, and the next start finds it done.
const store = globalThis as typeof globalThis & { selarasModelDownloads?: Map<string, Promise<unknown>> };
const downloads = (store.selarasModelDownloads ??= new Map());

export async function prepareModelFiles(options: PrepareOptions): Promise<void> {
  const { model, modelsDir, dtype } = options;
  if (!SUPPORTED_DTYPES.includes(dtype)) {
    throw new ModelUnavailableError(`model dtype "${dtype}" is not one of ${SUPPORTED_DTYPES.join(", ")}`);
  }
  const problems = modelFileProblems(modelsDir, model, dtype);
  if (problems.length > 0) {
    if (!options.allowRemote) {
      throw new ModelUnavailableError(
        `model ${model} in ${modelsDir} is not usable (${problems.join("; ")}) and downloading is turned off (ALLOW_REMOTE_MODELS=false); run npm run model:download`,
      );
    }
    await sharedDownload(options);
  }
  await checkIntegrity(options);
}

function sharedDownload(options: PrepareOptions): Promise<unknown> {
  const key = `${modelFolder(options.modelsDir, options.model)}|${options.dtype}`;
  let running = downloads.get(key);
  if (!running) {
    running = downloadModelFiles({
      hubUrl: options.hubUrl,
      model: options.model,
      dtype: options.dtype,
      modelsDir: options.modelsDir,
      manifest: manifestEntry(options.model),
      stallMs: options.stallMs,
      onProgress: options.onProgress,
    }).catch((error: unknown) => {
      throw new ModelUnavailableError(
        `model ${options.model} is not in ${options.modelsDir} and could not be downloaded: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    });
    downloads.set(key, running);
    const forget = () => downloads.delete(key);
    running.then(forget, forget);
  }
  return running;
}

function manifestEntry(model: string) {
  try {
    return committedManifestEntry(model);
  } catch {
    return undefined;
  }
}

async function checkIntegrity({ model, modelsDir, dtype }: PrepareOptions): Promise<void> {
  const folder = modelFolder(modelsDir, model);
  const expected = expectedModelFiles(folder, model);
  if (!expected) return; // hand-copied and not pinned: nothing to compare with
  const problems = await corruptModelFiles(folder, expected, requiredModelFiles(dtype));
  if (problems.length === 0) return;
  rememberCorruptModel(modelsDir, model, dtype, problems);
  throw new ModelUnavailableError(
    `model ${model} in ${modelsDir} is damaged: ${problems.join("; ")}. Delete the file and run npm run model:download to fetch it again`,
  );
}
