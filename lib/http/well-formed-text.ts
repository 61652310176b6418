// The one check every stored text field passes: well-formed UTF-16. JSON may carry a lone
// surrogate ("\ud800" is valid JSON), which has no UTF-8 form: Prisma's query engine and
// SQLite fail on it, so it used to surface as a 500 wherever text was saved.
import type { z } from "zod";

export const LONE_SURROGATE_MESSAGE = "The text contains a lone UTF-16 surrogate (half of an emoji or other character); remove it and try again.";

export function isWellFormedText(value: string): boolean {
  return value.isWellFormed();
}

/** `schema` plus the well-formedness check, with a message that says what is wrong. */
export function wellFormed<T extends z.ZodType<string>>(schema: T): T {
  return schema.refine(isWellFormedText, { message: LONE_SURROGATE_MESSAGE }) as T;
}
