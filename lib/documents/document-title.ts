// A document's display title, as the library, the reader and the exports show it.
// Checked at the API boundary and again by renameDocument, which the CLI and tests call.
import { z } from "zod";
import { MAX_TITLE_CHARS } from "@/lib/limits";

// A lone surrogate cannot be encoded as UTF-8: it would turn into U+FFFD in exports.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const documentTitle = z
  .string()
  .trim()
  .min(1, "The title cannot be empty.")
  .max(MAX_TITLE_CHARS, `The title can be at most ${MAX_TITLE_CHARS} characters.`)
  .refine((title) => !LONE_SURROGATE.test(title), "The title contains an invalid character (a lone surrogate).")
  .refine((title) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(title), "The title contains a control character.")
  // Newlines and tabs would break a TSV title column and the reader's one-line title.
  .transform((title) => title.replace(/\s+/g, " "));

export const renameBody = z.object({ title: documentTitle });
