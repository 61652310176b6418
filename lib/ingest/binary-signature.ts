// Recognises files that are not text at all, so an upload of a PDF or a photo gets a
// clear "upload text instead" answer rather than a page of mojibake.

type Signature = { name: string; at: number; bytes: readonly number[] };

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// The common things people upload by mistake. Checked before any decoding. Only
// signatures no real text starts with; anything else binary trips the NUL-byte check.
const SIGNATURES: readonly Signature[] = [
  { name: "PDF", at: 0, bytes: ascii("%PDF-") },
  { name: "PNG image", at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", at: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", at: 0, bytes: ascii("GIF87a") },
  { name: "GIF image", at: 0, bytes: ascii("GIF89a") },
  // Word (.docx), EPUB and ODT files are ZIP archives underneath.
  { name: "ZIP archive or Word document", at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ZIP archive or Word document", at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "gzip archive", at: 0, bytes: [0x1f, 0x8b] },
  { name: "old Word or Excel document", at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "RAR archive", at: 0, bytes: ascii("Rar!\x1a\x07") },
  { name: "7-Zip archive", at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "program", at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** The kind of binary file these bytes start with, or null when no known signature matches. */
export function knownBinaryKind(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (bytes.length < signature.at + signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => bytes[signature.at + i] === b)) return signature.name;
  }
  return null;
}

const SAMPLE_BYTES = 64 * 1024;
// Real text has almost no C0 control bytes besides tab, newline, CR, form feed and ESC
// (ISO-2022 escapes); a few stray ones survive copy-paste, a binary file has many.
const MAX_CONTROL_RATIO = 0.01;

function isOddControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/** True when single-byte-encoded text would contain NULs or too many control bytes. */
export function hasBinaryBytes(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isOddControlByte(b)) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}

/** The same test on decoded text (for UTF-16, where NUL bytes are normal). */
export function hasBinaryChars(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (isOddControlByte(c)) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}
