// Bytes of an imported file → text chunks, without ever holding the whole file. UTF-8
// (with or without a BOM) is read strictly; UTF-16 only with its BOM, which says which
// byte order. Anything else (Windows-1252, binary, an empty file) is refused with a
// clear error before a single unit is written.
import { AppError } from "@/lib/errors";
import { knownBinaryKind } from "@/lib/ingest/binary-signature";

const ADVICE = "Save it as UTF-8 (or UTF-16 with a byte-order mark) and import again.";
// Enough bytes to recognise every BOM and binary signature.
const SNIFF_BYTES = 16;

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

export async function* decodeImportStream(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array = new Uint8Array(0);
  let bytes = 0;
  let sawText = false;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new AppError("too-large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    let input = chunk;
    if (decoder === null) {
      head = concat(head, chunk);
      if (head.length < SNIFF_BYTES) continue;
      decoder = openDecoder(head);
      input = head;
    }
    const text = decode(decoder, input, bytes);
    sawText ||= text.trim() !== "";
    yield text;
  }
  if (decoder === null && head.length > 0) {
    decoder = openDecoder(head);
    const text = decode(decoder, head, bytes);
    sawText ||= text.trim() !== "";
    yield text;
  }
  if (decoder !== null) yield decode(decoder, undefined, bytes);
  if (!sawText) throw new AppError("empty-input", "The file is empty.");
}

function openDecoder(head: Uint8Array): TextDecoder {
  const kind = knownBinaryKind(head);
  if (kind) throw new AppError("binary-file", `This looks like a binary file (${kind}), not parallel text.`);
  return new TextDecoder(encodingOf(head), { fatal: true });
}

function decode(decoder: TextDecoder, input: Uint8Array | undefined, bytesSoFar: number): string {
  let text: string;
  try {
    text = input === undefined ? decoder.decode() : decoder.decode(input, { stream: true });
  } catch {
    throw new AppError("unsupported-encoding", `The file is not valid ${decoder.encoding.toUpperCase()} (within its first ${bytesSoFar} bytes). ${ADVICE}`);
  }
  // NUL never occurs in text, in any of the accepted encodings.
  if (text.includes("\u0000")) throw new AppError("binary-file", "This looks like a binary file, not parallel text.");
  return text;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
