// A translation worker process for the multi-worker tests and the worker benchmark:
// the app's own worker loop, queue and engine selection (draft, or the tiny model),
// with every sentence sent to the engine appended to ENGINE_CALL_LOG, an optional fixed
// delay per batch (BATCH_DELAY_MS, standing in for a slower model), and sentences that
// fail while the file POISON_FILE exists and they contain its text. With START_GATE_FILE
// it says "ready" and waits for that file before working, so a benchmark can start
// several workers on owed work at the same moment.
import fs from "node:fs";
import { startWorker } from "@/lib/jobs/translation-worker";
import { selectEngine } from "@/lib/translation/select-engine";
import type { TranslationEngine } from "@/lib/translation/engine";

const callLog = process.env.ENGINE_CALL_LOG;
const tag = process.env.WORKER_TAG ?? String(process.pid);
const delayMs = Number(process.env.BATCH_DELAY_MS ?? 0);
const poisonFile = process.env.POISON_FILE;

function instrument(engine: TranslationEngine): TranslationEngine {
  return {
    id: engine.id,
    kind: engine.kind,
    async translate(sentences) {
      if (callLog) fs.appendFileSync(callLog, sentences.map((s) => `${tag}\t${s}\n`).join(""));
      const poison = poisonFile && fs.existsSync(poisonFile) ? fs.readFileSync(poisonFile, "utf8").trim() : "";
      if (poison && sentences.some((s) => s.includes(poison))) throw new Error(`poisoned sentence (${poison})`);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return engine.translate(sentences);
    },
  };
}

// Load the engine before saying "ready", so a benchmark times translation, not start-up.
await selectEngine();
const gate = process.env.START_GATE_FILE;
if (gate) {
  console.log(`[worker ${tag}] ready`);
  while (!fs.existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 20));
}
const worker = startWorker({
  log: (line) => console.log(`[worker ${tag}] ${line}`),
  chooseEngine: async () => {
    const choice = await selectEngine();
    return choice.engine ? { ...choice, engine: instrument(choice.engine) } : choice;
  },
});
if (!gate) console.log(`[worker ${tag}] ready`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void worker.stop().then(() => process.exit(0)));
}
