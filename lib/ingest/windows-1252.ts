// Windows-1252 decoding done by hand: Node 20.18.3+ and 22.13+ route TextDecoder's
// "windows-1252" through a Latin-1 fast path, turning curly quotes (0x93/0x94) and € into
// invisible C1 controls (nodejs/node#56542, #60888). Old Western .txt files are exactly
// where those bytes appear, so we cannot rely on the built-in decoder.

// Bytes 0x80–0x9F per the WHATWG index; the five unassigned ones pass through as C1.
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d,
  0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d,
  0x017e, 0x0178,
] as const;

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192; // String.fromCharCode spreads its arguments; keep them bounded.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (HIGH_CONTROL_RANGE[b - 0x80] ?? b) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}
