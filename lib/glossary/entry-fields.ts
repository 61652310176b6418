// How a glossary entry is written in English, decided in one place.

/** The English a translation should show: the name itself when it must not be translated. */
export function renderingOf(entry: { source: string; target: string | null; doNotTranslate: boolean }): string | null {
  return entry.doNotTranslate ? entry.source : entry.target;
}
