// npm run model:download — fetches TRANSLATION_MODEL (default Xenova/opus-mt-id-en, dtype
// MODEL_DTYPE, default q8) into MODELS_DIR so the app can translate offline afterwards.
// It loads the pipeline once with downloads allowed: transformers.js caches every file
// it fetches in MODELS_DIR, in the very layout a local load reads.
import path from "node:path";
import { env } from "../lib/env";
import { isModelAvailableLocally, manualInstallHelp, missingModelFiles } from "../lib/translation/model-files";
import { createNeuralEngine, type ModelLoadProgress } from "../lib/translation/neural-engine";

const MB = 1024 * 1024;

async function main(): Promise<number> {
  const config = env();
  const model = config.TRANSLATION_MODEL;
  const dtype = config.MODEL_DTYPE;
  const modelsDir = path.resolve(config.MODELS_DIR);

  if (isModelAvailableLocally(modelsDir, model, dtype)) {
    console.error(`${model} (${dtype}) is already in ${modelsDir}; nothing to download.`);
    return 0;
  }
  console.error(`Downloading ${model} (${dtype}) into ${modelsDir} (giving up after ${config.MODEL_LOAD_TIMEOUT_MS} ms)…`);
  try {
    const engine = await createNeuralEngine({
      model,
      modelsDir,
      allowRemote: true,
      dtype,
      threads: config.ONNX_THREADS,
      loadTimeoutMs: config.MODEL_LOAD_TIMEOUT_MS,
      batchSize: 1,
      onProgress: progressPrinter(),
    });
    const [sample] = await engine.translate(["Presiden bertemu para menteri di Jakarta."]);
    console.error(`Loaded. Sample: "Presiden bertemu para menteri di Jakarta." → "${sample}"`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `\nCould not download the translation model: ${reason}. ` +
        `Selaras still works without it: sentences are translated by the offline draft engine and ` +
        `retranslated once the model is in place. ${manualInstallHelp(modelsDir, model, dtype)} ` +
        `If the download was only slow, raise MODEL_LOAD_TIMEOUT_MS and run npm run model:download again.`,
    );
    return 1;
  }
  const missing = missingModelFiles(modelsDir, model, dtype);
  if (missing.length > 0) {
    // The load worked from somewhere else (e.g. a changed cache setting); say so rather than pretend.
    console.error(`The model loaded, but ${missing.join(", ")} did not land in ${modelsDir}.`);
    return 1;
  }
  console.error(`${model} is ready in ${modelsDir}.`);
  return 0;
}

/** One line per file every 10%, so a slow download shows life without flooding the terminal. */
function progressPrinter(): (progress: ModelLoadProgress) => void {
  const lastStep = new Map<string, number>();
  return ({ file, loaded, total }) => {
    const step = total > 0 ? Math.floor((loaded / total) * 10) : Math.floor(loaded / (10 * MB));
    if (lastStep.get(file) === step) return;
    lastStep.set(file, step);
    const size = total > 0 ? `${(loaded / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB` : `${(loaded / MB).toFixed(1)} MB`;
    console.error(`  ${file}  ${size}`);
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
