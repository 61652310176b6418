// Request bodies of the segment API, validated at the boundary with zod. Limits are
// stated here once; the editor quotes MAX_TARGET_CHARS for its textarea.
import { z } from "zod";
import { wellFormed } from "@/lib/http/well-formed-text";
import { HUMAN_STATUSES } from "./types";
import { MAX_TARGET_CHARS } from "./limits";

export { MAX_TARGET_CHARS };

const version = z.number().int().min(0);
const offset = z.number().int().min(0).max(MAX_TARGET_CHARS * 10);

export const saveBody = z.object({ target: wellFormed(z.string().max(MAX_TARGET_CHARS)), status: z.enum(HUMAN_STATUSES).optional(), version });
export const revertBody = z.object({ changeId: z.string().min(1).max(100), version });
export const splitBody = z.object({ version, sourceAt: offset, targetAt: offset });
export const mergeBody = z.object({ version, nextVersion: version });
export const boundaryBody = z.object({ version, nextVersion: version, at: offset });
export const retranslateBody = z.object({ version, force: z.boolean().optional() });
