// Next.js calls register() once per server process (Node runtime only; the edge runtime
// has no database). The web process only routes, reads and writes: it is marked so the
// translation model refuses to load here, and translation runs in the worker process
// that `npm start` starts beside it (lib/cli/start.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  process.env.SELARAS_PROCESS_ROLE = "web";
  // TRACE and oversized declared bodies are refused on the HTTP server, before Next reads them.
  const { installRawRequestGuard } = await import("./lib/security/raw-request-guard");
  installRawRequestGuard();
  const { startAppServices } = await import("./lib/start-app-services");
  void startAppServices();
}
