// An engine or origin "import:<file>" names the translation-memory file a text came from.
import { IMPORT_ORIGIN_PREFIX } from "@/lib/memory/types";

export function importedFileName(origin: string | null): string | null {
  return origin !== null && origin.startsWith(IMPORT_ORIGIN_PREFIX) ? origin.slice(IMPORT_ORIGIN_PREFIX.length) : null;
}
