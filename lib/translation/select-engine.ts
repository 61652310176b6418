import "server-only";
// Decides which engine translates: TRANSLATION_ENGINE=auto|neural|draft. In auto the
// neural model is tried first and a failure (no local files, no network, a hung
// download) falls back to the draft engine. Documents get a short code (EngineNote)
// that the UI says in the reader's language; the technical reason, which can name
// server paths, is written to the server log once, when the choice is made.
import { env } from "@/lib/env";
import type { EngineNote } from "@/lib/generated/prisma/enums";
import { createDraftEngine } from "./draft/draft-engine";
import { createNeuralEngine, isModelAvailableLocally } from "./neural-engine";
import type { TranslationEngine } from "./engine";

export type EngineChoice = {
  engine: TranslationEngine | null;
  /** Why the engine is not the neural model, stored on documents and shown localised. */
  note: EngineNote | null;
};

const RETRY_AFTER_MS = 5 * 60_000;
const globalForChoice = globalThis as unknown as { selarasEngineChoice?: { at: number; choice: Promise<EngineChoice> } };

/** `log` receives the technical reason, once per choice; tests pass their own. */
export function selectEngine(log?: Log): Promise<EngineChoice> {
  const cached = globalForChoice.selarasEngineChoice;
  if (cached && !shouldRetry(cached.at, cached.choice)) return cached.choice;
  const choice = chooseEngine(log);
  globalForChoice.selarasEngineChoice = { at: Date.now(), choice };
  return choice;
}

/** A fallback is reconsidered once the model has been put in place (e.g. by npm run model:download). */
function shouldRetry(at: number, _choice: Promise<EngineChoice>): boolean {
  const config = env();
  if (Date.now() - at < RETRY_AFTER_MS) return false;
  return isModelAvailableLocally(config.MODELS_DIR, config.TRANSLATION_MODEL, config.MODEL_DTYPE);
}

export function forgetEngineChoice(): void {
  delete globalForChoice.selarasEngineChoice;
}

type Log = (line: string) => void;
const serverLog: Log = (line) => console.warn(`[engine] ${line}`);

async function chooseEngine(log: Log = serverLog): Promise<EngineChoice> {
  const config = env();
  if (config.TRANSLATION_ENGINE === "draft") {
    log("Draft engine selected by configuration (TRANSLATION_ENGINE=draft).");
    return { engine: createDraftEngine(), note: "draft_configured" };
  }
  try {
    const engine = await createNeuralEngine({
      model: config.TRANSLATION_MODEL,
      modelsDir: config.MODELS_DIR,
      allowRemote: config.ALLOW_REMOTE_MODELS,
      dtype: config.MODEL_DTYPE,
      threads: config.ONNX_THREADS,
      interOpThreads: config.ONNX_INTER_OP_THREADS,
      loadTimeoutMs: config.MODEL_LOAD_TIMEOUT_MS,
      batchSize: config.TRANSLATION_BATCH_SIZE,
    });
    return { engine, note: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (config.TRANSLATION_ENGINE === "neural") {
      // Forced neural: keep sentences pending rather than silently using drafts.
      log(`Neural model unavailable: ${reason}. Sentences wait until it loads (TRANSLATION_ENGINE=neural).`);
      return { engine: null, note: "model_waiting" };
    }
    log(`Neural model unavailable: ${reason}. Using offline draft translations; they are retranslated once the model is installed (npm run model:download).`);
    return { engine: createDraftEngine(), note: "model_unavailable" };
  }
}
