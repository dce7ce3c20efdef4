// Which network addresses a fetched link may reach. A page, a redirect or an imported file must
// not make Factmark read this computer's or the local network's services (routers, admin pages,
// the cloud metadata service that hands out credentials): those addresses are refused unless
// the person allowed that host. Some are refused always.
import ipaddr from 'ipaddr.js';
import { ContractError } from '../../../shared/contract/result';

/**
 * `public`: the internet. `local`: this computer or the local network, opened only for a host
 * the person allowed. `never`: no page lives there (unspecified, multicast, reserved) or it
 * hands out cloud credentials, so no answer opens it.
 */
export type AddressKind = 'public' | 'local' | 'never';

/** What the person allowed beyond the public internet. */
export interface NetworkPolicy {
  /** Every local-network address (the command line's and web host's `--allow-local-network`). */
  allowLocalNetwork?: boolean;
  /** Host names (as in the URL, lower case) the person agreed to open on the local network. */
  allowLocalHosts?: readonly string[];
}

// Cloud metadata services: AWS/GCP/Azure/OpenStack (IPv4 and AWS's IPv6), AWS ECS task
// credentials, Alibaba, Azure's wire server (a public address, so it needs naming).
const METADATA_ADDRESSES = new Set([
  '169.254.169.254',
  '169.254.170.2',
  'fd00:ec2::254',
  '100.100.100.200',
  '168.63.129.16',
]);

const LOCAL_RANGES = new Set([
  'loopback',
  'private',
  'linkLocal',
  'uniqueLocal',
  'carrierGradeNat',
]);

// IPv6 ranges that carry an IPv4 address inside: judged by that address.
const EMBEDDING_RANGES = new Set(['ipv4Mapped', 'rfc6052', '6to4', 'rfc6145']);

/** The kind of a literal address (IPv4, IPv6 with or without brackets); `never` if not one. */
export function addressKind(literal: string): AddressKind {
  const text = literal.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return 'never';
  const address = ipaddr.process(text);
  if (METADATA_ADDRESSES.has(address.toNormalizedString()) || METADATA_ADDRESSES.has(text)) {
    return 'never';
  }
  const range = address.range();
  if (address.kind() === 'ipv6' && EMBEDDING_RANGES.has(range)) {
    return addressKind(embeddedIpv4(address as ipaddr.IPv6).toString());
  }
  if (range === 'unicast') return 'public';
  if (LOCAL_RANGES.has(range)) return 'local';
  return 'never';
}

/** The IPv4 address in the last 32 bits (NAT64, SIIT) or, for 6to4, bits 16–48. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  const at = address.range() === '6to4' ? 2 : 12;
  return new ipaddr.IPv4(bytes.slice(at, at + 4));
}

/** True when `host` is a literal IP address (as URL.hostname gives it, brackets and all). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}

/** A connection about to be made: the URL it serves, the host it names, the address it reaches. */
export interface Destination {
  /** named at the start of every message */
  url: string;
  /** the URL's host name (a name or a literal address) */
  host: string;
  /** the address the host resolved to (the host itself when it is a literal address) */
  address: string;
}

/**
 * Refuses a destination whose address the policy does not allow. `local-network` names the
 * host, so the app can ask the person and try again with it allowed.
 */
export function checkDestination({ url, host, address }: Destination, policy: NetworkPolicy): void {
  const kind = addressKind(address);
  if (kind === 'public') return;
  const plainHost = host.replace(/^\[|\]$/g, '').toLowerCase();
  const where = plainHost === address ? address : `${plainHost}, at ${address}`;
  if (kind === 'never') {
    throw new ContractError(
      'network',
      `${url}: ${where} is not a web server's address (cloud metadata, multicast or reserved); Factmark never opens it`,
    );
  }
  if (policy.allowLocalNetwork || policy.allowLocalHosts?.includes(plainHost)) return;
  throw new ContractError(
    'local-network',
    `${url}: this link points to your local network (${where}); it opens only once you allow that host`,
    plainHost,
  );
}
