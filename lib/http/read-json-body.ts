// Every JSON API body is parsed here against its zod schema: anything else is a 422
// that names the first problem, so route handlers stay a few lines long.
import type { z } from "zod";
import { AppError } from "@/lib/errors";

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
