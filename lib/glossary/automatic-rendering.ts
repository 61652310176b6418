// The English an entry gets without a person's choice, in the order the glossary trusts:
// the gazetteer's rendering, else the name itself for people, else none yet.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { entryByKey } from "@/lib/text/entities";
import type { TargetOrigin } from "./types";

export type AutomaticRendering = { target: string | null; targetOrigin: Exclude<TargetOrigin, "user"> };

export function automaticRendering(entry: { key: string; type: EntityType; source: string }): AutomaticRendering {
  const known = entryByKey(entry.key)?.english[0];
  if (known) return { target: known, targetOrigin: "gazetteer" };
  return { target: entry.type === "person" ? entry.source : null, targetOrigin: "name" };
}
