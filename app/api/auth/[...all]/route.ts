// GET|POST /api/auth/* — better-auth: sign-in/email, sign-out, get-session, change-password, revoke-sessions.
import { handleAuthRequest } from "@/lib/auth/sign-in-endpoint";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
