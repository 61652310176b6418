// Checks one URL before any connection: scheme, then every address its host resolves
// to. The caller connects only to the addresses returned here, so a DNS answer that
// changes between check and connect (rebinding) cannot redirect the request.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type AddressPolicy = (ip: string) => boolean;
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type TargetRefusal = { ok: false; code: "invalid-url" | "scheme" | "blocked-address" | "dns"; message: string };
export type CheckedTarget = { ok: true; url: URL; hostname: string; addresses: ResolvedAddress[] } | TargetRefusal;

export const systemResolver: HostResolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export async function resolveTarget(raw: string, policy: AddressPolicy, resolve: HostResolver): Promise<CheckedTarget> {
  const parsed = parseHttpUrl(raw);
  if (!parsed.ok) return parsed;
  const { url } = parsed;
  // The URL parser has already normalised 127.1, 2130706433, 0x7f.0.0.1 and 0177.0.0.1
  // to 127.0.0.1 and IPv6 to its compressed form; only brackets remain to strip.
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(hostname);
  let addresses: ResolvedAddress[];
  if (family === 4 || family === 6) {
    addresses = [{ address: hostname, family }];
  } else if (isLocalName(hostname)) {
    return blocked(hostname, "a name for this computer");
  } else {
    try {
      addresses = await resolve(hostname);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) return { ok: false, code: "dns", message: `Could not find the site “${hostname}”. Check the address.` };
  }
  // ANY refused address refuses the host: we must not let the connection pick it.
  const refused = addresses.find((a) => !policy(a.address));
  if (refused) return blocked(hostname, refused.address);
  return { ok: true, url, hostname, addresses };
}

function parseHttpUrl(raw: string): { ok: true; url: URL } | TargetRefusal {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: "invalid-url", message: "That is not a valid web address. Paste the full link, starting with https://." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, code: "scheme", message: `Only http:// and https:// links can be fetched; this one starts with “${url.protocol}”.` };
  }
  if (url.username || url.password) {
    return { ok: false, code: "invalid-url", message: "Links with a user name or password in them are not fetched." };
  }
  if (!url.hostname) return { ok: false, code: "invalid-url", message: "That link has no site name in it." };
  return { ok: true, url };
}

/** RFC 6761: these names are this machine whatever DNS says; refuse them without asking. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost") || name === "localhost.localdomain";
}

function blocked(hostname: string, address: string): TargetRefusal {
  const where = address === hostname ? address : `${hostname} → ${address}`;
  return {
    ok: false,
    code: "blocked-address",
    message: `This link points to a private, local or reserved network address (${where}). Only public web pages can be fetched.`,
  };
}
