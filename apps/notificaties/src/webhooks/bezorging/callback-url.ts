import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP, LookupFunction } from 'node:net';
import { promisify } from 'node:util';

/**
 * Where Koers may send a webhook. Only public addresses over https: a callback URL must never let a
 * subscriber make Koers call into its own network (SSRF). Checked when a subscription is stored and
 * again at every delivery, after DNS resolution, on the address that is actually connected to.
 */
export interface UrlBeleid {
  /** Development and tests only: http:// and loopback addresses are allowed too. */
  onveiligToestaan: boolean;
}

const MAX_LENGTE = 2000;

const NIET_PUBLIEK = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NIET_PUBLIEK.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NIET_PUBLIEK.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Why this IP address may not be called, or null when it may. IPv4-mapped IPv6 counts as its IPv4 address. */
export function adresBezwaar(adres: string, beleid: UrlBeleid): string | null {
  const familie = isIP(adres) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(adres, familie)) return beleid.onveiligToestaan ? null : `${adres} is een loopback-adres`;
  if (NIET_PUBLIEK.check(adres, familie)) return `${adres} is een privé-, link-local- of gereserveerd adres`;
  return null;
}

/** A callback URL refused at delivery: its host resolved to an address Koers may not call. */
export class OnveiligAdres extends Error {
  constructor(readonly host: string, readonly bezwaar: string) {
    super(`${host} wijst naar een adres dat niet is toegestaan: ${bezwaar}`);
    this.name = 'OnveiligAdres';
  }
}

const lookupAll = promisify(dnsLookup) as (host: string, options: { all: true }) => Promise<LookupAddress[]>;

/**
 * Checks a callback URL before it is stored: its form, https, and every address its host resolves
 * to now. Returns the reason in Dutch, or null when it is acceptable.
 */
export async function callbackUrlBezwaar(ruw: string, beleid: UrlBeleid): Promise<string | null> {
  if (ruw.length > MAX_LENGTE) return `mag hoogstens ${MAX_LENGTE} tekens lang zijn`;
  let url: URL;
  try {
    url = new URL(ruw);
  } catch {
    return 'is geen geldige URL';
  }
  const protocollen = beleid.onveiligToestaan ? ['https:', 'http:'] : ['https:'];
  if (!protocollen.includes(url.protocol)) return 'moet met https:// beginnen';
  if (url.username || url.password) return 'mag geen gebruikersnaam of wachtwoord bevatten';
  if (url.hash) return 'mag geen #-fragment bevatten';
  const host = hostVan(url);
  if (isIP(host)) return adresBezwaar(host, beleid);
  let adressen: LookupAddress[];
  try {
    adressen = await lookupAll(host, { all: true });
  } catch {
    return `de host ${host} is niet te vinden`;
  }
  for (const { address } of adressen) {
    const bezwaar = adresBezwaar(address, beleid);
    if (bezwaar) return `${host} wijst naar een adres dat niet is toegestaan (${bezwaar})`;
  }
  return null;
}

/** The host without the brackets of an IPv6 literal. */
export function hostVan(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * A `lookup` for http.request that refuses the connection when any address of the host is not
 * allowed, so the address that was checked is the address that is connected to (no DNS rebinding).
 */
export function veiligeLookup(beleid: UrlBeleid): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, adressen) => {
      if (error) return callback(error, '', 0);
      for (const { address } of adressen) {
        const bezwaar = adresBezwaar(address, beleid);
        if (bezwaar) return callback(new OnveiligAdres(hostname, bezwaar), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, adressen);
      callback(null, adressen[0].address, adressen[0].family);
    });
  };
}
