import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks, symmetric signatures: HMAC-SHA256 over `${id}.${timestamp}.${body}` with the
 * base64-decoded secret, sent as `v1,<base64>`. Receivers verify with any Standard Webhooks library.
 */
const PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes (the spec asks for 24 to 64). */
export function nieuwGeheim(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

export function onderteken(geheim: string, id: string, timestamp: number, body: string): string {
  const sleutel = Buffer.from(geheim.startsWith(PREFIX) ? geheim.slice(PREFIX.length) : geheim, 'base64');
  return `v1,${createHmac('sha256', sleutel).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The `webhook-signature` header: one signature per valid secret (two during a rotation), space-separated. */
export function handtekeningen(geheimen: readonly string[], id: string, timestamp: number, body: string): string {
  return geheimen.map((geheim) => onderteken(geheim, id, timestamp, body)).join(' ');
}
