// What the glossary API accepts, validated at the boundary with zod. The JSON reader is
// the segment API's, so both answer a malformed body the same way.
import { z } from "zod";
import { wellFormed } from "@/lib/http/well-formed-text";
import { ENTITY_TYPES } from "./types";


export const MAX_NAME_CHARS = 300;
export const MAX_NOTES_CHARS = 4_000;

const id = z.string().min(1).max(100);

export const patchBody = z
  .object({
    target: wellFormed(z.string().max(MAX_NAME_CHARS)).nullable().optional(),
    type: z.enum(ENTITY_TYPES).optional(),
    doNotTranslate: z.boolean().optional(),
    notes: wellFormed(z.string().max(MAX_NOTES_CHARS)).nullable().optional(),
    source: wellFormed(z.string().trim().min(1).max(MAX_NAME_CHARS)).optional(),
  })
  .strict();

export const mergeBody = z.object({ keepId: id, mergeId: id }).strict();

export const splitBody = z.object({ variant: wellFormed(z.string().min(1).max(MAX_NAME_CHARS)) }).strict();

const flag = z.enum(["1", "0", "true", "false", ""]).transform((v) => v === "" || v === "1" || v === "true");

/** GET /api/glossary's query: JSON by default, TSV as format=tsv (or glossary, the export's word). */
export const listQuery = z.object({
  format: z.enum(["json", "tsv", "glossary"]).default("json"),
  type: z.enum(ENTITY_TYPES).optional(),
  q: wellFormed(z.string().max(MAX_NAME_CHARS)).optional(),
  header: flag.default(false),
});

export type ListQuery = z.infer<typeof listQuery>;
