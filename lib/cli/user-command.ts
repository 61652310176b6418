// cli user create --email E --password P [--name N] [--role owner|editor|reader]
//     user reset-password --email E --password P
//     user list [--json]
// Works on the database directly, like every CLI command: whoever can run it owns the data.
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { createUser, resetPassword } from "@/lib/auth/create-user";
import { listUsers } from "@/lib/auth/manage-users";
import { isRole } from "@/lib/auth/role-value";
import { db } from "@/lib/db";

export async function runUser(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, role: { type: "string" }, json: { type: "boolean" } },
  });
  if (verb === "list") {
    const users = await listUsers();
    if (values.json) process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
    else for (const u of users) process.stdout.write(`${u.email}\t${u.role}${u.disabled ? "\tdisabled" : ""}\t${u.name}\n`);
    return 0;
  }
  const email = required(values.email, "--email");
  const password = required(values.password, "--password");
  if (verb === "reset-password") {
    await resetPassword(email, password);
    process.stderr.write(`Password of ${email} reset; their sessions were ended.\n`);
    return 0;
  }
  if (verb !== "create") throw new AppError("invalid-input", "user: expected create, reset-password or list");
  const role = values.role ?? "reader";
  if (!isRole(role)) throw new AppError("invalid-input", "--role must be owner, editor or reader");
  if (role === "owner" && (await db.user.count({ where: { role: "owner" } })) > 0) {
    throw new AppError("forbidden", "There is already an owner.");
  }
  const user = await createUser({ email, password, role, name: values.name ?? email.split("@")[0] ?? email });
  process.stdout.write(`${JSON.stringify(user)}\n`);
  return 0;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new AppError("invalid-input", `${flag} is required`);
  return value;
}
