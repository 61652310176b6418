import "server-only";
// Random credentials shown once (API tokens, invite links) and stored as SHA-256 only.
// They carry 256 bits of randomness, so a fast hash is the right tool here; passwords,
// which people choose, are hashed by better-auth (scrypt) instead.
import crypto from "node:crypto";

export function newSecretToken(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}
