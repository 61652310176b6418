// The Host names this server answers to. A DNS-rebinding page makes the browser send
// its own name in Host (and Origin), so comparing the two proves nothing; refusing every
// name not on this list does. ALLOWED_HOSTS=selaras.example,10.0.0.5 adds names for a
// deployment behind a reverse proxy. Ports are ignored. Pure: proxy.ts and the raw
// HTTP guard share it.

export const DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

export function allowedHosts(value: string | undefined = process.env.ALLOWED_HOSTS): string[] {
  const extra = (value ?? "").split(",").map(normalizeName).filter((h): h is string => h !== null);
  return [...new Set([...DEFAULT_ALLOWED_HOSTS, ...extra])];
}

/** The host name of a Host header without its port, lower-cased; null when malformed. */
export function hostName(header: string | null | undefined): string | null {
  return normalizeName(header ?? "");
}

export function isAllowedHost(header: string | null | undefined, allowed: readonly string[] = allowedHosts()): boolean {
  const name = hostName(header);
  return name !== null && allowed.includes(name);
}

function normalizeName(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (value === "") return null;
  const bracketed = /^(\[[0-9a-f:.]+\])(?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1] ?? null;
  const plain = /^([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::\d{1,5})?$/.exec(value);
  if (plain) return plain[1] ?? null;
  // A bare IPv6 address in the list (::1) means its bracketed form.
  if (/^[0-9a-f:.]+$/.test(value) && value.includes(":")) return `[${value}]`;
  return null;
}

/** Why a request's Host (or the first X-Forwarded-Host a proxy set) is refused; null when both are allowed. */
export function hostRefusal(host: string | null, forwardedHost: string | null, allowed: readonly string[] = allowedHosts()): string | null {
  if (!isAllowedHost(host, allowed)) return `This server does not answer to the host name ${JSON.stringify(host ?? "")}. Add it to ALLOWED_HOSTS.`;
  const forwarded = forwardedHost?.split(",")[0]?.trim();
  if (forwarded && !isAllowedHost(forwarded, allowed)) return `This server does not answer to the host name ${JSON.stringify(forwarded)}. Add it to ALLOWED_HOSTS.`;
  return null;
}
