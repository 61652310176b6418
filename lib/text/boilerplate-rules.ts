// Site chrome that survives copy-paste and HTML extraction. Each rule is narrow on purpose:
// a removed line is a sentence the reader never sees, so a line is only dropped when the
// pattern leaves no doubt, and every removal is reported with the rule's name.

type BoilerplateRule = { name: string; matches: (line: string) => boolean };

const short = (line: string, max: number): boolean => line.length <= max;
const hasAddress = (line: string): boolean => /(?:https?:\/\/|www\.|\.(?:com|id|co|net|org)\b)/iu.test(line);

const RULES: readonly BoilerplateRule[] = [
  { name: "scroll-to-top", matches: (l) => /^(?:scroll|back) to top$|^kembali ke atas$/iu.test(l) },
  { name: "click-here", matches: (l) => /^klik di ?sini\b/iu.test(l) && short(l, 160) },
  { name: "visit", matches: (l) => /^kunjungi\b/iu.test(l) && (hasAddress(l) || short(l, 80)) },
  { name: "read-also", matches: (l) => /^(?:baca juga|baca selengkapnya|lihat juga)\b/iu.test(l) && short(l, 200) },
  {
    name: "share",
    matches: (l) => /^(?:bagikan|share)(?: (?:this|artikel ini|berita ini|on|ke|via)\b.*)?[:.!]?$/iu.test(l) && short(l, 60),
  },
  {
    name: "follow",
    matches: (l) => /^(?:ikuti (?:kami|kanal|akun|saluran|berita|update)|follow us)\b/iu.test(l) && short(l, 160),
  },
  { name: "provided-by", matches: (l) => /^artikel ini disediakan oleh\b/iu.test(l) },
  { name: "press-release-distributor", matches: (l) => /\bmenyediakan distribusi siaran pers\b/iu.test(l) },
  { name: "sector", matches: (l) => /^sektor\s*:/iu.test(l) && short(l, 120) },
  { name: "stars-marker", matches: (l) => /^(?:\*\s*){3,}$/u.test(l) },
  { name: "advertisement", matches: (l) => /^(?:advertisement|iklan|advertorial|sponsored|konten bersponsor)$/iu.test(l) },
];

/** Name of the first rule the (trimmed) line matches, or null to keep it. */
export function boilerplateRule(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === "") return null;
  return RULES.find((rule) => rule.matches(trimmed))?.name ?? null;
}
