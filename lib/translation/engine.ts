// The contract every translation engine meets. The worker, the CLI and the tests only
// see this; which engine runs is decided in select-engine.ts.

export type EngineKind = "neural" | "draft";

export type TranslationEngine = {
  /** Recorded on every segment it translates, e.g. "neural:Xenova/opus-mt-id-en" or "draft:lexicon". */
  readonly id: string;
  readonly kind: EngineKind;
  /** Translates sentences in order; the result has exactly one string per input. */
  translate(sentences: readonly string[]): Promise<string[]>;
};
