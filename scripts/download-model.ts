// npm run model:download [-- --write-manifest] — fetches TRANSLATION_MODEL (default
// Xenova/opus-mt-id-en, dtype MODEL_DTYPE, default q8) into MODELS_DIR, file by file from
// MODEL_HUB_URL at the commit the committed manifest pins, resuming after drops and stalls,
// verifying size and sha256. --write-manifest records the commit, sizes and sha256 it
// downloaded in lib/translation/download/model-manifest.json (review, then commit it).
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { readCommittedManifest, writeCommittedManifest, COMMITTED_MANIFEST } from "../lib/translation/download/committed-manifest";
import { downloadModelFiles, type DownloadProgress } from "../lib/translation/download/download-model-files";
import { isPinned, withMeasuredModel } from "../lib/translation/download/model-manifest";
import { formatProgressLine, progressStep } from "../lib/translation/download/progress-bar";
import { expectedModelFiles, isModelAvailableLocally, manualInstallHelp, modelFolder } from "../lib/translation/model-files";
import { createNeuralEngine } from "../lib/translation/neural-engine";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "write-manifest": { type: "boolean" } } });
  const config = env();
  const model = config.TRANSLATION_MODEL;
  const dtype = config.MODEL_DTYPE;
  const modelsDir = path.resolve(config.MODELS_DIR);
  const manifest = readCommittedManifest();
  const entry = manifest.models[model];
  const copiedByHand = isModelAvailableLocally(modelsDir, model, dtype) && !expectedModelFiles(modelFolder(modelsDir, model), model);
  if (copiedByHand && !values["write-manifest"]) {
    // Nothing to compare it with; downloading would only replace files someone put there.
    console.error(`${model} (${dtype}) is already in ${modelsDir} (copied by hand: no download record, and the manifest does not pin it); nothing to download.`);
    return 0;
  }
  if (isPinned(entry)) console.error(`${model} is pinned to commit ${entry.revision} by ${COMMITTED_MANIFEST}.`);
  console.error(`Downloading ${model} (${dtype}) from ${config.MODEL_HUB_URL} into ${modelsDir}…`);
  let revision: string;
  let files;
  try {
    ({ revision, files } = await downloadModelFiles({
      hubUrl: config.MODEL_HUB_URL,
      model,
      dtype,
      modelsDir,
      // --write-manifest measures afresh; it still checks LFS files by the hub's etag.
      manifest: values["write-manifest"] ? undefined : entry,
      stallMs: config.MODEL_DOWNLOAD_STALL_MS,
      onProgress: progressPrinter(),
      onNotice: (message) => console.error(`\n${message}`),
    }));
    clearLine();
    const engine = await createNeuralEngine({ model, modelsDir, allowRemote: false, dtype, threads: config.ONNX_THREADS, loadTimeoutMs: config.MODEL_LOAD_TIMEOUT_MS, batchSize: 1 });
    const [sample] = await engine.translate(["Presiden bertemu para menteri di Jakarta."]);
    console.error(`Loaded. Sample: "Presiden bertemu para menteri di Jakarta." → "${sample}"`);
  } catch (error) {
    clearLine();
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `\nCould not download the translation model: ${reason}\nSelaras still works without it: sentences are translated by the offline ` +
        `draft engine and retranslated once the model is in place. Running npm run model:download again resumes where this run ` +
        `stopped. ${manualInstallHelp(modelsDir, model, dtype)}`,
    );
    return 1;
  }
  if (values["write-manifest"]) {
    const note = `written by npm run model:download -- --write-manifest from ${config.MODEL_HUB_URL} on ${new Date().toISOString().slice(0, 10)}`;
    writeCommittedManifest(withMeasuredModel(manifest, model, { revision, files, note }));
    console.error(`Recorded commit ${revision} and ${files.length} files' sizes and sha256 in ${COMMITTED_MANIFEST}: review and commit it.`);
  } else if (!isPinned(entry)) {
    console.error(`Downloaded commit ${revision}. To pin it for everyone, run npm run model:download -- --write-manifest and commit the manifest.`);
  }
  console.error(`${model} is ready in ${modelsDir}.`);
  return 0;
}

/** A bar redrawn in place on a terminal; one line per file every 10% in a log. */
function progressPrinter(): (progress: DownloadProgress) => void {
  const started = new Map<string, { at: number; from: number }>();
  const lastStep = new Map<string, number>();
  return ({ file, loaded, total }) => {
    const start = started.get(file) ?? { at: Date.now(), from: loaded };
    started.set(file, start);
    const seconds = (Date.now() - start.at) / 1000;
    const rate = seconds > 0.5 ? (loaded - start.from) / seconds : null;
    const line = formatProgressLine({ label: file, loaded, total, rate });
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1)}\x1b[K`);
      return;
    }
    const step = progressStep(loaded, total);
    if (lastStep.get(file) === step) return;
    lastStep.set(file, step);
    console.error(`  ${line}`);
  };
}

function clearLine(): void {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
