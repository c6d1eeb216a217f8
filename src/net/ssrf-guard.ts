// SSRF guard: resolve each host once per run, refuse non-public addresses, and pin connections
// to exactly the addresses that were checked (so a second, different DNS answer cannot sneak
// a request to an internal address between the check and the connect).
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { UrlOutcome } from './types.js';

type Subnet = readonly [network: string, prefix: number];

const BLOCKED_IPV4: readonly Subnet[] = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // CGNAT shared address space
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata endpoints live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255
];

const BLOCKED_IPV6: readonly Subnet[] = [
  ['::', 96], // unspecified, loopback and deprecated IPv4-compatible addresses
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
];

function ipv4ToHextets(address: string): [string, string] {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number];
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
  return [hex(a, b), hex(c, d)];
}

function buildBlockList(): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of BLOCKED_IPV4) {
    list.addSubnet(network, prefix, 'ipv4');
    // The same IPv4 ranges embedded in IPv6 transition prefixes (6to4 and NAT64).
    // IPv4-mapped (::ffff:a.b.c.d) addresses are matched by BlockList itself.
    const [high, low] = ipv4ToHextets(network);
    list.addSubnet(`2002:${high}:${low}::`, 16 + prefix, 'ipv6');
    list.addSubnet(`64:ff9b::${high}:${low}`, 96 + prefix, 'ipv6');
  }
  for (const [network, prefix] of BLOCKED_IPV6) list.addSubnet(network, prefix, 'ipv6');
  return list;
}

const blockList = buildBlockList();

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** True for addresses a link checker must not contact unless private networks are allowed. */
export function isNonPublicAddress(address: string): boolean {
  const bare = stripBrackets(address);
  const family = isIP(bare);
  if (family === 0) return true; // not an IP address at all: refuse rather than guess
  try {
    return blockList.check(bare, family === 4 ? 'ipv4' : 'ipv6');
  } catch {
    return true; // e.g. a zone index ("fe80::1%eth0") BlockList cannot parse: refuse
  }
}

export type HostCheck = { ok: true; addresses: string[] } | { ok: false; outcome: UrlOutcome };

export interface GuardOptions {
  resolve: (host: string) => Promise<string[]>;
  /** A lookup slower than this counts as a DNS failure (offline machines often hang here). */
  timeoutMs: number;
  allowPrivateNetwork: boolean;
  allowAddresses: readonly string[];
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function withTimeout<T>(work: Promise<T>, ms: number, host: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`lookup of ${host} took longer than ${ms} ms`), { code: 'EAI_AGAIN' })),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves and vets hosts for one run; also serves as the connection `lookup` of that run's agent. */
export class PinnedResolver {
  private readonly checks = new Map<string, Promise<HostCheck>>();
  private readonly pinned = new Map<string, string[]>();
  private readonly allowed: Set<string>;

  constructor(private readonly options: GuardOptions) {
    this.allowed = new Set(options.allowAddresses.map((address) => stripBrackets(address).toLowerCase()));
  }

  /** Resolves `hostname` (once per run) and decides whether requests to it are permitted. */
  check(hostname: string): Promise<HostCheck> {
    const host = stripBrackets(hostname).toLowerCase();
    let pending = this.checks.get(host);
    if (!pending) {
      pending = this.resolveAndVet(host);
      this.checks.set(host, pending);
    }
    return pending;
  }

  private async resolveAndVet(host: string): Promise<HostCheck> {
    let addresses: string[];
    if (isIP(host)) {
      addresses = [host];
    } else {
      try {
        addresses = [...new Set(await withTimeout(this.options.resolve(host), this.options.timeoutMs, host))];
      } catch (error) {
        const code = errorCode(error) ?? 'EAI_FAIL';
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, outcome: { kind: 'unreachable', reason: 'dns', detail: `${code}: ${message}` } };
      }
      if (addresses.length === 0) {
        return { ok: false, outcome: { kind: 'unreachable', reason: 'dns', detail: `ENODATA: no address for ${host}` } };
      }
    }
    if (!this.options.allowPrivateNetwork) {
      // Refuse the host if ANY answer is non-public: a mixed answer is a classic rebinding trick.
      const refused = addresses.find(
        (address) => isNonPublicAddress(address) && !this.allowed.has(address.toLowerCase()),
      );
      if (refused !== undefined) {
        return {
          ok: false,
          outcome: {
            kind: 'not-verified',
            reason: 'private-address',
            detail: `${host} resolves to non-public address ${refused}`,
          },
        };
      }
    }
    this.pinned.set(host, addresses);
    return { ok: true, addresses };
  }

  /**
   * `lookup` for net/tls.connect: answers only with the addresses vetted by `check`, never
   * with a fresh DNS query, so the connection goes exactly where the guard looked.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const host = stripBrackets(hostname).toLowerCase();
    const family = isIP(host);
    const candidates = family ? [host] : this.pinned.get(host);
    const entries = (candidates ?? [])
      .map((address) => ({ address, family: isIP(address) }))
      .filter((entry) => !options.family || entry.family === options.family);
    if (entries.length === 0) {
      const error = Object.assign(new Error(`${hostname} was not vetted by the link checker`), {
        code: 'ENOTFOUND',
      });
      process.nextTick(() => callback(error, options.all ? [] : '', 0));
      return;
    }
    process.nextTick(() => {
      if (options.all) callback(null, entries);
      else callback(null, entries[0]!.address, entries[0]!.family);
    });
  };
}
