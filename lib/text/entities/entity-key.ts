// The identity that links variants across the whole corpus. Spelling differences fold away
// (hyphens, case, marks), titles and clitics fall off, and known short forms resolve to
// their entry: entityKey("Korut") === entityKey("Korea Utara") === "korea utara".
import { foldName, foldWord } from "./fold";
import { lookupName } from "./gazetteer";
import { titleLengthAt } from "./titles";
import { isClitic } from "./word-lists";

export function entityKey(surface: string): string {
  const words = surface.normalize("NFC").trim().split(/\s+/u).filter((w) => w !== "");
  const titled = titleLengthAt(words, 0);
  const name = titled > 0 && titled < words.length ? words.slice(titled) : words;
  const joined = stripClitic(name.join(" "));
  return lookupName(joined)?.key ?? foldName(joined);
}

/** "Putin-nya" → "Putin"; a clitic glued with a hyphen is grammar, not part of the name. */
export function stripClitic(name: string): string {
  const match = /^(.*\S)[-‐‑]([\p{L}]+)$/u.exec(name);
  if (match && match[1] && match[2] && isClitic(foldWord(match[2]))) return match[1];
  return name;
}
