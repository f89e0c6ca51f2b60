import { isIP } from 'node:net';

/** Express's `trust proxy`: off, a number of proxies in front, or the proxies' addresses and subnets. */
export type TrustProxy = false | number | string[];

/** The named ranges express (proxy-addr) knows. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as express takes it, or undefined when it is neither a number of proxies (1 or more) nor a
 * comma-separated list of addresses, subnets (`10.0.0.0/8`) and named ranges. `true` (every address) is
 * refused: the left-most X-Forwarded-For entry is whatever the client wrote, so each request could choose
 * the address it is rate-limited and audited as.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  if (value === undefined) return false;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) >= 1 && Number(text) <= 100 ? Number(text) : undefined;
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrSubnet) ? entries : undefined;
}
