// The surface forms a root can take, for finding it in the full-text index, which only
// knows whole words: kirim → dikirim, mengirimkan, pengiriman, kirimannya… The caller
// checks every hit's root again, so a few forms Indonesian never uses cost nothing.

const SUFFIXES = ["", "kan", "i", "an", "nya", "kannya", "annya", "lah"];

/** meN-/peN- with the nasal that the root's first sound takes (k, p, t, s drop out). */
function nasal(prefix: "me" | "pe", root: string): string[] {
  const first = root[0] ?? "";
  if (/[aeiou]/.test(first)) return [`${prefix}ng${root}`];
  if (first === "k") return [`${prefix}ng${root.slice(1)}`, `${prefix}ng${root}`];
  if (/[gh]/.test(first)) return [`${prefix}ng${root}`];
  if (first === "p") return [`${prefix}m${root.slice(1)}`, `${prefix}mp${root.slice(1)}`];
  if (/[bfv]/.test(first)) return [`${prefix}m${root}`];
  if (first === "t") return [`${prefix}n${root.slice(1)}`];
  if (/[dcjz]/.test(first)) return [`${prefix}n${root}`];
  if (first === "s") return [`${prefix}ny${root.slice(1)}`];
  return [`${prefix}${root}`];
}

export function rootForms(root: string): string[] {
  const stems = [root, `di${root}`, `ter${root}`, `ber${root}`, `be${root}`, `pe${root}`, `ke${root}`, `se${root}`, `per${root}`, `memper${root}`, `diper${root}`, ...nasal("me", root), ...nasal("pe", root)];
  const forms = new Set<string>();
  for (const stem of stems) for (const suffix of SUFFIXES) forms.add(`${stem}${suffix}`);
  forms.add(`${root}-${root}`);
  return [...forms];
}
