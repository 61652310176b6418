// Input limits, stated once: the API, the UI, the CLI and the README quote these.
export const MAX_INPUT_BYTES = 2 * 1024 * 1024; // 2 MB of text or upload
export const MAX_SENTENCES = 20_000;
export const MAX_TITLE_CHARS = 300;
/** Sentences longer than this go to the model in clause-sized pieces (Marian's limit is 512 tokens). */
export const MAX_MODEL_CHARS = 600;
