// Which files a Marian translation model needs on disk, and the error raised when the model
// cannot be had. Cheap and synchronous so the UI and the engine selector can ask freely.
import { statSync } from "node:fs";
import path from "node:path";

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

/** True when every required file is present and non-empty; never touches the network. */
export function isModelAvailableLocally(modelsDir: string, model: string, dtype: string): boolean {
  if (!SUPPORTED_DTYPES.includes(dtype)) return false;
  return missingModelFiles(modelsDir, model, dtype).length === 0;
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
