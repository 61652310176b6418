// Input limits, stated once: the API, the UI, the CLI and the README quote these.
export const MAX_INPUT_BYTES = 2 * 1024 * 1024; // 2 MB of text or upload
export const MAX_SENTENCES = 20_000;
export const MAX_TITLE_CHARS = 300;
/** Sentences longer than this go to the model in clause-sized pieces (Marian's limit is 512 tokens). */
export const MAX_MODEL_CHARS = 600;
/** Deeper markup is refused before parsing: Readability's cost grows with the cube of the depth. */
export const MAX_HTML_NESTING = 256;
/** Pages with more elements are refused before parsing (a long news page has a few thousand). */
export const MAX_HTML_ELEMENTS = 100_000;
/** Wall-clock budget for parsing one HTML page in its worker thread. */
export const HTML_PARSE_BUDGET_MS = 10_000;
/** Texts at least this long (in UTF-16 units) are cleaned and split in a worker thread. */
export const PREPARE_OFF_THREAD_CHARS = 64 * 1024;
/** Wall-clock budget for cleaning and splitting one text in its worker thread. */
export const PREPARE_BUDGET_MS = 20_000;
/** An article and its published English at least this long together (UTF-16 units) are aligned in a worker thread. */
export const ALIGN_OFF_THREAD_CHARS = 16 * 1024;
/** Wall-clock budget for cleaning, splitting and aligning one published translation in its worker thread. */
export const ALIGN_BUDGET_MS = 20_000;
