// What each affix does, as a key the UI translates (messages: WordHelp.affixRoles.*).
// Rough on purpose: a learner needs "passive" or "makes a noun", not a grammar course.

export type AffixRole =
  | "passive" | "active" | "intransitive" | "state" | "doer" | "causative" | "abstract-noun" | "one"
  | "benefactive" | "locative" | "noun" | "possessive-his" | "possessive-my" | "possessive-your"
  | "emphasis" | "question" | "even" | "reduplication";

const PREFIX_ROLES: Readonly<Record<string, AffixRole>> = {
  di: "passive", diper: "passive", me: "active", memper: "causative", ber: "intransitive", ter: "state",
  pe: "doer", per: "causative", ke: "abstract-noun", se: "one",
};
const SUFFIX_ROLES: Readonly<Record<string, AffixRole>> = {
  "-kan": "benefactive", "-i": "locative", "-an": "noun", "-nya": "possessive-his", "-ku": "possessive-my",
  "-mu": "possessive-your", "-lah": "emphasis", "-kah": "question", "-pun": "even", "-tah": "question",
};

/** pe(N)- and per- with -an make the noun of the act (pengiriman, perjalanan), not a doer. */
export function affixRole(code: string, suffixes: readonly string[]): AffixRole {
  if ((code === "pe" || code === "per") && suffixes.includes("an")) return "abstract-noun";
  return PREFIX_ROLES[code] ?? SUFFIX_ROLES[code] ?? "noun";
}
