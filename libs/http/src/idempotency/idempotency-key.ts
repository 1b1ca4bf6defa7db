import { createHash } from 'node:crypto';
import { InvalidInputException } from '../problem';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Koers's own response header on an answer given again for a key already used. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'Idempotency-Replayed';

/**
 * The key of the header: a Structured Field string as the IETF draft writes it ("8e03…") or bare,
 * as most clients send it; 1–255 visible ASCII characters. One key per request.
 */
export function parseIdempotencyKey(header: string | string[]): string {
  const raw = Array.isArray(header) ? header : [header];
  const key = raw.length === 1 ? raw[0].trim().replace(/^"(.*)"$/, '$1') : '';
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new InvalidInputException(
      [{ name: IDEMPOTENCY_KEY_HEADER, code: 'ongeldige-sleutel', reason: 'één sleutel van 1 tot 255 zichtbare ASCII-tekens, bijvoorbeeld een UUID' }],
      'De Idempotency-Key is ongeldig: stuur één sleutel van 1 tot 255 zichtbare ASCII-tekens, bijvoorbeeld een UUID.',
    );
  }
  return key;
}

/**
 * What makes two requests the same request (the draft's fingerprint): method, path with query, and
 * the body with its object keys sorted, so a client that serialises keys in another order on a
 * retry still sends the same request.
 */
export function fingerprintOf(method: string, url: string, body: unknown): string {
  const hash = createHash('sha256').update(`${method} ${url}\n`);
  if (Buffer.isBuffer(body) || typeof body === 'string') hash.update(body);
  else hash.update(JSON.stringify(sortedKeys(body)) ?? '');
  return hash.digest('hex');
}

// Recursion is bounded: the body parser refuses JSON nested deeper than MAX_JSON_DIEPTE.
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}
