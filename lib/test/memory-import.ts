// Test helpers for translation-memory imports: bytes as a stream (in small chunks, so
// every boundary case of the streaming readers is crossed), TMX text and an import.
import { importMemory } from "@/lib/memory/import-memory";
import type { MemoryImportFormat, MemoryImportReport } from "@/lib/memory/types";
import type { Actor } from "@/lib/changes/actor";

export const TEST_ACTOR: Actor = { kind: "person", id: null, name: "Tia Tester" };

export async function* byteStream(content: string | Uint8Array, chunkSize = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
}

export function tmxText(pairs: readonly (readonly [string, string])[], srclang = "id"): string {
  const units = pairs.map(([id, en]) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="${srclang}" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>\n${units.join("\n")}\n</body>\n</tmx>\n`;
}

export function importText(content: string | Uint8Array, format: MemoryImportFormat, fileName = `test.${format}`, target?: string): Promise<MemoryImportReport> {
  return importMemory({ fileName, format, actor: TEST_ACTOR, source: byteStream(content), ...(target === undefined ? {} : { target: byteStream(target) }) });
}
