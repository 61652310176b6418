// cli token create --email E [--name N]   prints a new API token once (stored hashed)
//     token list --email E [--json]
//     token revoke --email E --id ID
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";

export async function runToken(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { email: { type: "string" }, name: { type: "string" }, id: { type: "string" }, json: { type: "boolean" } } });
  if (!values.email) throw new AppError("invalid-input", "--email is required");
  const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() } });
  if (!user) throw new AppError("not-found", `No user with the e-mail ${values.email}.`);
  if (verb === "create") {
    const { token, summary } = await createApiToken(user.id, values.name ?? "cli");
    process.stderr.write(`Token "${summary.name}" for ${user.email} (${user.role}); it is not shown again:\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  }
  if (verb === "list") {
    const tokens = await listApiTokens(user.id);
    if (values.json) process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
    else for (const t of tokens) process.stdout.write(`${t.id}\t${t.name}\t${t.revokedAt ? "revoked" : `last used ${t.lastUsedAt ?? "never"}`}\n`);
    return 0;
  }
  if (verb === "revoke") {
    if (!values.id) throw new AppError("invalid-input", "--id is required");
    await revokeApiToken(user.id, values.id);
    process.stderr.write(`Token ${values.id} revoked.\n`);
    return 0;
  }
  throw new AppError("invalid-input", "token: expected create, list or revoke");
}
