import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { handtekeningen, nieuwGeheim, onderteken } from './ondertekening';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ type: 'nl.koers.signalen.signaal.ingediend.v1', data: { signaalId: 'x' } });
  const nu = Math.floor(Date.now() / 1000);

  it('makes secrets of 32 random bytes with the whsec_ prefix', () => {
    const geheim = nieuwGeheim();
    expect(geheim).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(geheim.slice(6), 'base64')).toHaveLength(32);
    expect(nieuwGeheim()).not.toBe(geheim);
  });

  it('signs so that the official standardwebhooks library verifies it', () => {
    const geheim = nieuwGeheim();
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(nu), 'webhook-signature': onderteken(geheim, 'msg_1', nu, body) };
    expect(new Webhook(geheim).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers['webhook-signature']).toBe(new Webhook(geheim).sign('msg_1', new Date(nu * 1000), body));
  });

  it('is refused by the library for another secret, another body or another id', () => {
    const geheim = nieuwGeheim();
    const signature = onderteken(geheim, 'msg_1', nu, body);
    const verify = (secret: string, id: string, payload: string) =>
      new Webhook(secret).verify(payload, { 'webhook-id': id, 'webhook-timestamp': String(nu), 'webhook-signature': signature });
    expect(() => verify(nieuwGeheim(), 'msg_1', body)).toThrow(WebhookVerificationError);
    expect(() => verify(geheim, 'msg_1', `${body} `)).toThrow(WebhookVerificationError);
    expect(() => verify(geheim, 'msg_2', body)).toThrow(WebhookVerificationError);
  });

  it('sends one signature per secret during a rotation, each verifiable on its own', () => {
    const [oud, nieuw] = [nieuwGeheim(), nieuwGeheim()];
    const header = handtekeningen([nieuw, oud], 'msg_1', nu, body);
    expect(header.split(' ')).toHaveLength(2);
    for (const geheim of [oud, nieuw]) {
      expect(new Webhook(geheim).verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(nu), 'webhook-signature': header })).toBeDefined();
    }
  });
});
