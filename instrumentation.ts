// Next.js calls register() once per server process: start the worker there (Node
// runtime only; the edge runtime has no database).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // TRACE and oversized declared bodies are refused on the HTTP server, before Next reads them.
  const { installRawRequestGuard } = await import("./lib/security/raw-request-guard");
  installRawRequestGuard();
  const { startAppServices } = await import("./lib/start-app-services");
  void startAppServices();
}
