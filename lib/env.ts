// Configuration from the environment, validated once. Every knob has a working default
// so a fresh clone runs with no .env file.
import { z } from "zod";
import { DEFAULT_DATABASE_URL, providerOf } from "./database-url";

const schema = z.object({
  // file:… is SQLite (the default), postgresql://… a shared server (lib/database-url.ts).
  DATABASE_URL: z
    .string()
    .trim()
    .transform((url) => url || DEFAULT_DATABASE_URL)
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, context) => {
      try {
        providerOf(url);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  // Connections each process keeps to PostgreSQL (web and worker alike); ignored on SQLite.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TRANSLATION_ENGINE: z.enum(["auto", "neural", "draft"]).default("auto"),
  TRANSLATION_MODEL: z.string().min(1).default("Xenova/opus-mt-id-en"),
  MODEL_DTYPE: z.enum(["q8", "fp32", "fp16", "int8", "uint8", "q4"]).default("q8"),
  MODELS_DIR: z.string().min(1).default("./models"),
  ALLOW_REMOTE_MODELS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  MODEL_LOAD_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  // onnxruntime intra-op threads; unset means every core but one, so the web server and
  // the database always keep a core (lib/translation/neural-engine.ts).
  ONNX_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  ONNX_INTER_OP_THREADS: z.coerce.number().int().min(1).max(256).default(1),
  TRANSLATION_BATCH_SIZE: z.coerce.number().int().min(1).max(64).default(8),
  // Beams per sentence when the neural model generates; 1 is greedy (see the README's model section).
  TRANSLATION_NUM_BEAMS: z.coerce.number().int().min(1).max(8).default(1),
  // Where `npm run model:download` and a networked first start fetch model files from.
  MODEL_HUB_URL: z.url({ protocol: /^https?$/ }).default("https://huggingface.co"),
  // A model download that receives no bytes for this long is resumed (there is no total cap).
  MODEL_DOWNLOAD_STALL_MS: z.coerce.number().int().min(100).default(30_000),
  // How long a worker holds claimed sentences without renewing; a killed worker's
  // sentences go to another worker this long after its last renewal.
  TRANSLATION_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  TRANSLATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  // The slow fallback: wake-ups normally arrive at once through the wake file.
  WORKER_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  WORKER_ENABLED: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  // The largest translation-memory file POST /api/memory/import takes (streamed to disk,
  // never held in memory). Bounded by what the import's byte counters hold (2^31 - 1).
  MEMORY_IMPORT_MAX_BYTES: z.coerce.number().int().min(1).max(2 ** 31 - 1).default(1024 * 1024 * 1024),
  // Wall-clock budget for one import in its worker thread; past it the import fails and nothing stays.
  MEMORY_IMPORT_BUDGET_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
