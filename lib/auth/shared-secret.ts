// Said at start (lib/cli/start.ts, no server-only there) and by authSecret() alike.
export const MISSING_SHARED_SECRET =
  "BETTER_AUTH_SECRET is not set. On PostgreSQL every web node signs sign-in cookies with the same key: set BETTER_AUTH_SECRET to the same random value everywhere (e.g. openssl rand -base64 32).";
