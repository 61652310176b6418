// Bytes from an upload or a fetched page → text, or a clear reason why not. The order
// follows browsers: byte-order mark, then the HTTP header, then the page's own <meta>,
// then a guess (strict UTF-8, else Windows-1252, the usual encoding of older Western files).
import { hasBinaryBytes, hasBinaryChars, knownBinaryKind } from "./binary-signature";
import { charsetFromContentType, charsetFromMeta, looksLikeHtml } from "./charset-label";
import { decodeWindows1252 } from "./windows-1252";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: "binary" | "encoding" | "empty"; message: string };

export type DecodeHints = { contentType?: string | null; isHtml?: boolean };

const BOMS: readonly { encoding: string; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

const UPLOAD_ADVICE = "Upload plain text (.txt) or a saved web page (.html).";

export function decodeText(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  if (bytes.length === 0) return empty();
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return finish(bytes, bom.encoding, { declared: true });
  const kind = knownBinaryKind(bytes);
  if (kind) return binary(`This looks like a binary file (${kind}). ${UPLOAD_ADVICE}`);
  const declared = declaredEncoding(bytes, hints);
  if (declared) return finish(bytes, declared, { declared: true });
  if (hasBinaryBytes(bytes)) return binary(`This looks like a binary file, not text. ${UPLOAD_ADVICE}`);
  return finish(bytes, "utf-8", { declared: false });
}

function declaredEncoding(bytes: Uint8Array, hints: DecodeHints): string | null {
  const fromHeader = charsetFromContentType(hints.contentType);
  if (fromHeader) return fromHeader;
  return hints.isHtml || looksLikeHtml(bytes) ? charsetFromMeta(bytes) : null;
}

/**
 * Decodes strictly. A declared UTF-8 that is not valid UTF-8 is a common server
 * mistake with old Western pages, so it gets the same Windows-1252 fallback as a guess.
 */
function finish(bytes: Uint8Array, encoding: string, { declared }: { declared: boolean }): DecodeResult {
  let text = strictDecode(bytes, encoding);
  let used = encoding;
  if (text === null && encoding === "utf-8" && looksLikeWesternSingleByte(bytes)) {
    text = strictDecode(bytes, "windows-1252");
    used = "windows-1252";
  }
  if (text === null) {
    const what = declared ? `declared as ${encoding} but is not valid ${encoding}` : "not UTF-8 and not a Western single-byte encoding";
    return {
      ok: false,
      code: "encoding",
      message: `The text could not be read: it is ${what}. Save it as UTF-8 and try again.`,
    };
  }
  if (hasBinaryChars(text)) return binary(`This looks like a binary file, not text. ${UPLOAD_ADVICE}`);
  if (text.trim() === "") return empty();
  return { ok: true, text, encoding: used };
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  try {
    // Strips a leading BOM of the same encoding, so text never starts with U+FEFF.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Bytes Windows-1252 leaves unassigned; seeing one means some other encoding.
const UNASSIGNED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Western text is mostly ASCII with an accented letter or curly quote here and there;
 * CJK or Cyrillic single/double-byte text is dense with high bytes. A third is generous.
 */
function looksLikeWesternSingleByte(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (UNASSIGNED_1252.has(b)) return false;
    if (b >= 0x80) high++;
  }
  return high / bytes.length < 0.3;
}

function binary(message: string): DecodeResult {
  return { ok: false, code: "binary", message };
}

function empty(): DecodeResult {
  return { ok: false, code: "empty", message: "The file is empty: there is no text in it." };
}
