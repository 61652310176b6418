// The transformers.js engine: opus-mt (or the tiny test model) through the real
// `pipeline('translation')`, loaded once per process and never waited on without a bound.
import os from "node:os";
import path from "node:path";
import { env as transformersEnv, pipeline, type ProgressInfo, type TranslationPipeline } from "@huggingface/transformers";
import { env } from "@/lib/env";
import type { TranslationEngine } from "./engine";
import { prepareModelFiles } from "./download/prepare-model-files";
import { ModelUnavailableError } from "./model-files";

export { ModelUnavailableError, isModelAvailableLocally } from "./model-files";

/** `total` is 0 while a file's size is unknown. */
export type ModelLoadProgress = { file: string; loaded: number; total: number };

export type NeuralEngineOptions = {
  model: string;
  modelsDir: string;
  allowRemote: boolean;
  dtype: string;
  /** onnxruntime intra-op threads; 0 or unset means every core but one (at least one). */
  threads?: number;
  /** onnxruntime inter-op threads; unset means one (the graphs run sequentially anyway). */
  interOpThreads?: number;
  loadTimeoutMs: number;
  batchSize: number;
  /** Beams per sentence in generation; default TRANSLATION_NUM_BEAMS. 1 is greedy. */
  numBeams?: number;
  /** Where missing files are downloaded from; default MODEL_HUB_URL. */
  hubUrl?: string;
  /** A download with no bytes for this long is resumed; default MODEL_DOWNLOAD_STALL_MS. */
  downloadStallMs?: number;
  /** Download progress of the load this call starts; a caller joining a running load gets none. */
  onProgress?: (progress: ModelLoadProgress) => void;
};

type PipelineOptions = NonNullable<Parameters<typeof pipeline>[2]>;

// Like the Prisma client: one store per process, surviving Next's module reloads in dev.
const store = globalThis as typeof globalThis & { selarasTranslators?: Map<string, Promise<TranslationPipeline>> };
const translators = (store.selarasTranslators ??= new Map());

/**
 * The shared, time-bounded load of a model. Not `async` on purpose: concurrent first
 * callers get the very same promise. A rejected load (error or timeout) is forgotten so
 * the next call retries.
 */
export function loadTranslator(options: NeuralEngineOptions): Promise<TranslationPipeline> {
  const modelsDir = path.resolve(options.modelsDir);
  const key = `${options.model}|${modelsDir}|${options.dtype}`;
  const cached = translators.get(key);
  if (cached) return cached;
  // The web process only routes, reads and writes (instrumentation.ts marks it): a
  // model load there would freeze every request, so it is refused outright.
  if (process.env.SELARAS_PROCESS_ROLE === "web") {
    return Promise.reject(new Error("The translation model is never loaded in the web process; the translation worker runs it."));
  }

  const { model, loadTimeoutMs } = options;
  const timeoutReason = options.allowRemote
    ? `model ${model} is not ready in ${modelsDir}: loading or downloading it took longer than ${loadTimeoutMs} ms`
    : `model ${model} in ${modelsDir} took longer than ${loadTimeoutMs} ms to load`;
  const loading = withTimeout(startLoad({ ...options, modelsDir }), loadTimeoutMs, timeoutReason);
  translators.set(key, loading);
  loading.catch(() => {
    if (translators.get(key) === loading) translators.delete(key);
  });
  return loading;
}

async function startLoad(options: NeuralEngineOptions): Promise<TranslationPipeline> {
  const { model, modelsDir, dtype } = options;
  await prepareModelFiles({
    model,
    modelsDir,
    dtype,
    allowRemote: options.allowRemote,
    hubUrl: options.hubUrl ?? env().MODEL_HUB_URL,
    stallMs: options.downloadStallMs ?? env().MODEL_DOWNLOAD_STALL_MS,
    onProgress: options.onProgress && ((p) => options.onProgress?.({ file: p.file, loaded: p.loaded, total: p.total ?? 0 })),
  });
  // transformers.js reads these globals. The files are in place and verified by now, so it
  // never fetches anything itself: downloads are prepareModelFiles's, resumable and checked.
  transformersEnv.allowLocalModels = true;
  transformersEnv.localModelPath = modelsDir;
  transformersEnv.cacheDir = modelsDir;
  transformersEnv.allowRemoteModels = false;
  try {
    return await pipeline("translation", model, {
      dtype: dtype as PipelineOptions["dtype"],
      device: "cpu",
      session_options: sessionThreads(options),
      progress_callback: options.onProgress ? forwardProgress(options.onProgress) : undefined,
    });
  } catch (error) {
    const cause = describeFailure(error);
    throw new ModelUnavailableError(`model ${model} in ${modelsDir} could not be loaded: ${cause}`, { cause: error });
  }
}

/**
 * onnxruntime's default takes every core, leaving none for the web server and the
 * database: cap intra-op at cores − 1 and inter-op at 1 unless configured.
 */
export function sessionThreads(options: Pick<NeuralEngineOptions, "threads" | "interOpThreads">) {
  const intraOpNumThreads = options.threads && options.threads > 0 ? options.threads : Math.max(1, os.availableParallelism() - 1);
  return { intraOpNumThreads, interOpNumThreads: options.interOpThreads ?? 1 };
}

/** Node's fetch says only "fetch failed"; the reason (DNS, refused, TLS) is in `cause`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message} (${cause})` : error.message;
}

function forwardProgress(onProgress: (progress: ModelLoadProgress) => void) {
  return (info: ProgressInfo) => {
    if (info.status === "progress") onProgress({ file: info.file, loaded: info.loaded, total: info.total });
  };
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, reason: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ModelUnavailableError(reason)), timeoutMs);
    // A hung download must not keep a CLI process alive after it gave up.
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export async function createNeuralEngine(options: NeuralEngineOptions): Promise<TranslationEngine> {
  const translator = await loadTranslator(options);
  return {
    id: `neural:${options.model}`,
    kind: "neural",
    translate: (sentences) =>
      translateInBatches(translator, sentences, options.batchSize, options.numBeams ?? env().TRANSLATION_NUM_BEAMS),
  };
}

/**
 * Sorting by length first keeps padding small inside each batch; the results are put
 * back in input order. Blank sentences never reach the model.
 */
async function translateInBatches(
  translator: TranslationPipeline,
  sentences: readonly string[],
  batchSize: number,
  numBeams: number,
): Promise<string[]> {
  const results = sentences.map(() => "");
  const pending = sentences
    .map((text, index) => ({ text: text.trim(), index }))
    .filter((s) => s.text !== "")
    .sort((a, b) => a.text.length - b.text.length);
  const size = Math.max(1, Math.floor(batchSize));
  for (let start = 0; start < pending.length; start += size) {
    const batch = pending.slice(start, start + size);
    const translated = await translateBatch(translator, batch.map((s) => s.text), numBeams);
    batch.forEach((s, i) => (results[s.index] = translated[i] ?? ""));
  }
  return results;
}

// Room for English running longer than Indonesian, without letting a degenerate
// repetition loop run to the model's 512-token limit.
const MAX_NEW_TOKENS = (inputTokens: number) => Math.min(512, Math.ceil(inputTokens * 2) + 10);

async function translateBatch(translator: TranslationPipeline, texts: string[], numBeams: number): Promise<string[]> {
  const inputTokens = Math.max(...texts.map((t) => translator.tokenizer.encode(t).length));
  const output: unknown = await translator(texts, {
    // The model's generation_config asks for beam search; the README says what more beams cost here.
    num_beams: numBeams,
    do_sample: false,
    max_new_tokens: MAX_NEW_TOKENS(inputTokens),
  });
  return readTranslations(output, texts.length);
}

/** The model's output is checked before anyone stores it. */
function readTranslations(output: unknown, expected: number): string[] {
  if (!Array.isArray(output) || output.length !== expected) {
    throw new Error(`Translation model returned ${describe(output)} for ${expected} sentences`);
  }
  return output.map((item: unknown) => {
    const text = (item as { translation_text?: unknown } | null)?.translation_text;
    if (typeof text !== "string") throw new Error(`Translation model returned an item without text: ${describe(item)}`);
    return text.trim();
  });
}

function describe(value: unknown): string {
  return Array.isArray(value) ? `${value.length} items` : typeof value;
}
