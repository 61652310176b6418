// An engine or origin "import:<file>" names the translation-memory file a text came from.
const PREFIX = "import:";

export function importedFileName(origin: string | null): string | null {
  return origin !== null && origin.startsWith(PREFIX) ? origin.slice(PREFIX.length) : null;
}
