import "server-only";
// better-auth, configured once: email and password with its own (scrypt) hashing, its
// database sessions through the Prisma adapter, HttpOnly SameSite=Lax cookies (Secure
// when the request came over HTTPS) and its rate limiter on the sign-in endpoint.
// Public sign-up is off: users come from the first-run page, an invite or the CLI
// (lib/auth/create-user.ts), which is where Selaras decides roles.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db, provider } from "@/lib/db";
import { allowedHosts } from "@/lib/security/allowed-hosts";
import { authSecret } from "./auth-secret";

const HOUR = 60 * 60;
/** A session not used for this long expires; each use within it pushes the end back. */
export const SESSION_IDLE_SECONDS = 7 * 24 * HOUR;

function createAuth() {
  return betterAuth({
    appName: "Selaras",
    secret: authSecret(),
    database: prismaAdapter(db, { provider: provider() }),
    // The Host was already checked against ALLOWED_HOSTS before routing; any port.
    baseURL: { allowedHosts: allowedHosts().flatMap((h) => [h, `${h}:*`]), protocol: "auto" },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "reader", input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: SESSION_IDLE_SECONDS, updateAge: HOUR },
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== "off",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    // Names, e-mail changes and account deletion go through Selaras' own users page.
    disabledPaths: ["/sign-up/email", "/update-user", "/change-email", "/delete-user", "/request-password-reset", "/reset-password"],
    // Behind a reverse proxy the browser's scheme and host arrive as X-Forwarded-Proto and
    // -Host; the host was checked against ALLOWED_HOSTS before routing, and a forged scheme
    // only changes what the forger's own browser is told.
    advanced: { trustedProxyHeaders: true },
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { selarasAuth?: Auth };

/** Lazily created so importing this module (e.g. during `next build`) reads no secret. */
export function auth(): Auth {
  globalForAuth.selarasAuth ??= createAuth();
  return globalForAuth.selarasAuth;
}
