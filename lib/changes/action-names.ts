// The change log's actions as the API, the CLI and the exports spell them. The schema's
// enum cannot hold hyphens, so three names are mapped (the database stores the hyphenated
// form through @map); everything outside this file uses the spelled-out names.
import type { ChangeAction } from "@/lib/generated/prisma/enums";

export const ACTION_NAMES = [
  "machine", "memory", "edit", "approve", "unapprove", "revert", "propagate", "glossary-fix",
  "split", "merge", "restore-line", "retranslate-request", "rename", "delete", "undelete", "align",
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

const TO_ENUM = { "glossary-fix": "glossary_fix", "restore-line": "restore_line", "retranslate-request": "retranslate_request" } as const;

export function actionName(action: ChangeAction): ActionName {
  return action.replaceAll("_", "-") as ActionName; // every enum value is a name with _ for -
}

export function actionEnum(name: ActionName): ChangeAction {
  return name in TO_ENUM ? TO_ENUM[name as keyof typeof TO_ENUM] : (name as ChangeAction);
}

export function isActionName(value: string): value is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(value);
}
