// The three ways to read an article. The choice lives in a cookie, so the server renders
// the page in the remembered mode and nothing jumps after hydration. A signed-in person's
// default (account page) applies in a browser that has no choice of its own yet.

export const READER_MODES = ["side-by-side", "interlinear", "learning"] as const;
export type ReaderMode = (typeof READER_MODES)[number];

export const READER_MODE_COOKIE = "selaras-reader-mode";
const ONE_YEAR_S = 60 * 60 * 24 * 365;

export function parseReaderMode(value: string | undefined | null): ReaderMode {
  return READER_MODES.find((mode) => mode === value) ?? "side-by-side";
}

/** Client only: remember the choice for the next article and the next visit. */
export function rememberReaderMode(mode: ReaderMode): void {
  document.cookie = `${READER_MODE_COOKIE}=${mode}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}
