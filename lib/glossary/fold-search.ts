// Search text folded the way people type it: any case, with or without marks and hyphens
// ("kim jong un" finds "Kim Jong-un", "sao paulo" finds "São Paulo").
export function foldSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("id")
    .replace(/['’`]/gu, "")
    .replace(/[-‐‑–—_.]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
