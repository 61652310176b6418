// Request bodies of the segment API, validated at the boundary with zod. Limits are
// stated here once; the editor quotes MAX_TARGET_CHARS for its textarea.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { HUMAN_STATUSES } from "./types";
import { MAX_TARGET_CHARS } from "./limits";

export { MAX_TARGET_CHARS };

const version = z.number().int().min(0);
const offset = z.number().int().min(0).max(MAX_TARGET_CHARS * 10);

export const saveBody = z.object({ target: z.string().max(MAX_TARGET_CHARS), status: z.enum(HUMAN_STATUSES).optional(), version });
export const revertBody = z.object({ revisionId: z.string().min(1).max(100), version });
export const splitBody = z.object({ version, sourceAt: offset, targetAt: offset });
export const mergeBody = z.object({ version, nextVersion: version });
export const retranslateBody = z.object({ version, force: z.boolean().optional() });

/** Parses a JSON body against a schema; anything else is a 422 with the first problem named. */
export async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new AppError("invalid-input", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid-input", `Invalid request: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "bad body"}`);
  }
  return parsed.data;
}
