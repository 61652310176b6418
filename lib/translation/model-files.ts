// Which files a Marian translation model needs on disk, and the error raised when the model
// cannot be had. Cheap and synchronous so the UI and the engine selector can ask freely.
import { statSync } from "node:fs";
import path from "node:path";
import { committedManifestEntry } from "./download/committed-manifest";
import { readLocalRecord, type LocalRecord } from "./download/local-record";
import { isPinned } from "./download/model-manifest";

// transformers.js names model files by dtype: encoder_model_quantized.onnx for q8, etc.
const DTYPE_SUFFIX: Readonly<Record<string, string>> = {
  fp32: "",
  fp16: "_fp16",
  int8: "_int8",
  uint8: "_uint8",
  q8: "_quantized",
  q4: "_q4",
};

export const SUPPORTED_DTYPES = Object.keys(DTYPE_SUFFIX);

/** Paths relative to `<modelsDir>/<model>/` that must exist for an offline load. */
export function requiredModelFiles(dtype: string): string[] {
  const suffix = DTYPE_SUFFIX[dtype];
  if (suffix === undefined) throw new Error(`Unknown model dtype "${dtype}"; expected one of ${SUPPORTED_DTYPES.join(", ")}`);
  return [
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    `onnx/encoder_model${suffix}.onnx`,
    `onnx/decoder_model_merged${suffix}.onnx`,
  ];
}

/** Optional: used when present, harmless when absent. */
export const OPTIONAL_MODEL_FILES = ["generation_config.json"] as const;

export function modelFolder(modelsDir: string, model: string): string {
  return path.resolve(modelsDir, model);
}

/**
 * True when every required file is present, non-empty, of the size its download recorded,
 * and not known to be corrupt; never touches the network.
 */
export function isModelAvailableLocally(modelsDir: string, model: string, dtype: string): boolean {
  if (!SUPPORTED_DTYPES.includes(dtype)) return false;
  return modelFileProblems(modelsDir, model, dtype).length === 0;
}

/** One sentence per file that is missing, empty, truncated or known corrupt. */
export function modelFileProblems(modelsDir: string, model: string, dtype: string): string[] {
  const missing = missingModelFiles(modelsDir, model, dtype);
  if (missing.length > 0) return missing.map((file) => `${file} is missing`);
  const folder = modelFolder(modelsDir, model);
  const known = knownCorrupt().get(folder);
  if (known && known.fingerprint === fingerprint(folder, requiredModelFiles(dtype))) return known.problems;
  const expected = expectedModelFiles(folder, model);
  if (!expected) return [];
  return requiredModelFiles(dtype).flatMap((file) => {
    const want = expected.files.find((f) => f.path === file)?.size;
    const have = statSync(path.join(/* turbopackIgnore: true */ folder, file)).size;
    return want === undefined || want === have ? [] : [`${file} has ${have} bytes, not the ${want} that were downloaded (truncated or replaced)`];
  });
}

/**
 * What the files should be: the record of the download that wrote them, else the committed
 * manifest when it pins this model; null for a hand-copied model the manifest does not pin.
 */
export function expectedModelFiles(folder: string, model: string): LocalRecord | null {
  const record = readLocalRecord(folder);
  if (record?.model === model) return record;
  let entry;
  try {
    entry = committedManifestEntry(model);
  } catch {
    return null;
  }
  if (!isPinned(entry)) return null;
  return { model, revision: entry.revision, files: entry.files.map((f) => ({ path: f.path, size: f.size ?? 0, sha256: f.sha256 ?? "" })) };
}

// Corrupt folders by path, with the fingerprint of the files that failed the check: the
// engine selector then stops retrying them until a file changes.
const store = globalThis as typeof globalThis & { selarasCorruptModels?: Map<string, { fingerprint: string; problems: string[] }> };
const knownCorrupt = () => (store.selarasCorruptModels ??= new Map());

export function rememberCorruptModel(modelsDir: string, model: string, dtype: string, problems: string[]): void {
  const folder = modelFolder(modelsDir, model);
  knownCorrupt().set(folder, { fingerprint: fingerprint(folder, requiredModelFiles(dtype)), problems });
}

function fingerprint(folder: string, files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(path.join(/* turbopackIgnore: true */ folder, file));
        return `${file}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${file}:-`;
      }
    })
    .join("|");
}

export function missingModelFiles(modelsDir: string, model: string, dtype: string): string[] {
  const folder = modelFolder(modelsDir, model);
  return requiredModelFiles(dtype).filter((file) => {
    try {
      return statSync(path.join(/* turbopackIgnore: true */ folder, file)).size === 0;
    } catch {
      return true;
    }
  });
}

/** How to put the model in place by hand, as one paragraph for people on an offline machine. */
export function manualInstallHelp(modelsDir: string, model: string, dtype: string): string {
  const files = [...requiredModelFiles(dtype), ...OPTIONAL_MODEL_FILES];
  const list = `${files.slice(0, -1).join(", ")} and ${files.at(-1)}`;
  return (
    `To install it by hand, copy the folder of ${model} from a machine that can reach huggingface.co ` +
    `(https://huggingface.co/${model}, or its models/${model} after npm run model:download there) ` +
    `to ${modelFolder(modelsDir, model)}${path.sep} so that it holds ${list}, then restart the app.`
  );
}

/**
 * The neural model could not be loaded. `reason` is one plain sentence fit for the UI;
 * callers usually fall back to the offline draft engine.
 */
export class ModelUnavailableError extends Error {
  readonly code = "model_unavailable";
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = "ModelUnavailableError";
    this.reason = reason;
  }
}
