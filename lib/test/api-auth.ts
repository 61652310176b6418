// Benchmarks and load tests run against a server that needs a signed-in user: they send
// the API token in SELARAS_TOKEN (npm run cli -- token create --email … prints one).
export function authHeaders(): Record<string, string> {
  const token = process.env.SELARAS_TOKEN?.trim();
  return token ? { authorization: `Bearer ${token}` } : {};
}
