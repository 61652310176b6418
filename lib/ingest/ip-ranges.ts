// Which IP addresses a server-side fetch may connect to: public unicast only. Anything
// that reaches this machine, the local network, the cloud metadata service or a
// special-purpose range is refused, whatever spelling the address arrived in.
import { isIP } from "node:net";

type Cidr = readonly [prefix: readonly number[], bits: number];

// IANA IPv4 special-purpose registry, plus multicast and the old class E.
const BLOCKED_V4: readonly Cidr[] = [
  [[0], 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local, incl. 169.254.169.254 cloud metadata
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 88, 99], 24], // 6to4 relay anycast
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, incl. 255.255.255.255 broadcast
];

// IPv6 is allow-listed: only global unicast 2000::/3, minus its special parts.
const GLOBAL_UNICAST_V6: Cidr = [[0x20], 3];
const BLOCKED_V6: readonly Cidr[] = [
  [[0x20, 0x01, 0x00], 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID…
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0x3f, 0xff], 20], // documentation (RFC 9637)
];
// Prefixes that carry an IPv4 address in their last 32 bits; judged by that address.
const EMBEDS_V4: readonly Cidr[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96], // IPv4-mapped ::ffff:a.b.c.d
  [[0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96], // NAT64 64:ff9b::/96
];
const SIX_TO_FOUR: Cidr = [[0x20, 0x02], 16]; // 2002:AABB:CCDD:: carries AA.BB.CC.DD

function inCidr(address: readonly number[], [prefix, bits]: Cidr): boolean {
  for (let i = 0; i < bits; i += 8) {
    const remaining = Math.min(8, bits - i);
    const mask = (0xff << (8 - remaining)) & 0xff;
    if (((address[i / 8] ?? 0) & mask) !== ((prefix[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** The 4 or 16 bytes of a literal address (dotted IPv4, any valid IPv6 spelling), or null. */
export function ipBytes(ip: string): number[] | null {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 4) return bare.split(".").map(Number);
  if (family !== 6) return null;
  const [head = "", tail = ""] = bare.includes("::") ? bare.split("::") : [bare, ""];
  const groups = (part: string) => (part ? part.split(":") : []).flatMap(groupBytes);
  const left = groups(head);
  const right = groups(tail);
  return [...left, ...new Array<number>(16 - left.length - right.length).fill(0), ...right];
}

function groupBytes(group: string): number[] {
  if (group.includes(".")) return group.split(".").map(Number); // embedded dotted IPv4 tail
  const value = parseInt(group, 16);
  return [value >> 8, value & 0xff];
}

function isPublicV4(bytes: readonly number[]): boolean {
  return !BLOCKED_V4.some((cidr) => inCidr(bytes, cidr));
}

/** The default fetch policy: true only for a public unicast address. Unparseable → false. */
export function isPublicAddress(ip: string): boolean {
  const bytes = ipBytes(ip);
  if (!bytes) return false;
  if (bytes.length === 4) return isPublicV4(bytes);
  if (EMBEDS_V4.some((cidr) => inCidr(bytes, cidr))) return isPublicV4(bytes.slice(12));
  if (inCidr(bytes, SIX_TO_FOUR)) return isPublicV4(bytes.slice(2, 6));
  return inCidr(bytes, GLOBAL_UNICAST_V6) && !BLOCKED_V6.some((cidr) => inCidr(bytes, cidr));
}
