import { fingerprintOf, parseIdempotencyKey } from './idempotency-key';

describe('Idempotency-Key header and request fingerprint', () => {
  it.each([
    ['8e03978e-40d5-43e8-bc93-6894a57f9324', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['"8e03978e-40d5-43e8-bc93-6894a57f9324"', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    [' sleutel-1 ', 'sleutel-1'],
  ])('reads %p as %p', (header, key) => expect(parseIdempotencyKey(header)).toBe(key));

  it.each([[''], ['""'], ['twee woorden'], ['x'.repeat(256)], ['é'], [['a', 'b']]])('refuses %p with 400 naming the header', (header) => {
    expect(() => parseIdempotencyKey(header)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('is the same for the same request with keys in another order, and differs in method, path or body', () => {
    const basis = fingerprintOf('POST', '/v1/signalen', { a: 1, b: { c: [1, { d: 2, e: 3 }] } });
    expect(fingerprintOf('POST', '/v1/signalen', { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(basis);
    expect(fingerprintOf('PUT', '/v1/signalen', { a: 1, b: { c: [1, { d: 2, e: 3 }] } })).not.toBe(basis);
    expect(fingerprintOf('POST', '/v1/signalen?regio=x', { a: 1, b: { c: [1, { d: 2, e: 3 }] } })).not.toBe(basis);
    expect(fingerprintOf('POST', '/v1/signalen', { a: 1, b: { c: [{ d: 2, e: 3 }, 1] } })).not.toBe(basis);
    expect(fingerprintOf('POST', '/v1/metingen', 'a;b\n1;2')).toBe(fingerprintOf('POST', '/v1/metingen', Buffer.from('a;b\n1;2')));
  });
});
