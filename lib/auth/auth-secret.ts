import "server-only";
// The key better-auth signs its cookies with. BETTER_AUTH_SECRET wins; otherwise one is
// generated on first start and kept beside the database (mode 0600), so a fresh clone
// has no shared default secret and sessions survive restarts. On PostgreSQL there is no
// "beside the database": every web node must sign with the same key, so it must be given.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseFile, ensureDatabaseDir, provider } from "@/lib/database-url";
import { MISSING_SHARED_SECRET } from "./shared-secret";

export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (provider() === "postgresql") throw new Error(MISSING_SHARED_SECRET);
  ensureDatabaseDir();
  const file = path.join(path.dirname(databaseFile()), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
