// The English an entry gets without a person's choice, in the order the glossary trusts:
// the gazetteer's rendering, else the name itself for people and already-English names,
// else none yet.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { entryByKey } from "@/lib/text/entities";
import { looksEnglishName } from "@/lib/text/entities/english-name";
import type { TargetOrigin } from "./types";

export type AutomaticRendering = { target: string | null; targetOrigin: Exclude<TargetOrigin, "user"> };

export function automaticRendering(entry: { key: string; type: EntityType; source: string }): AutomaticRendering {
  const known = entryByKey(entry.key)?.english[0];
  if (known) return { target: known, targetOrigin: "gazetteer" };
  return { target: entry.type === "person" || looksEnglishName(entry.source) ? entry.source : null, targetOrigin: "name" };
}
