import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { Bezorger } from './bezorger';
import { nieuwGeheim } from './ondertekening';

type Afhandeling = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A real receiver on a local port; every test decides how it answers. */
async function ontvanger(afhandeling: Afhandeling): Promise<{ url: string; verzoeken: number; server: Server }> {
  const staat = { url: '', verzoeken: 0, server: undefined as unknown as Server };
  staat.server = createServer((req, res) => {
    staat.verzoeken++;
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => afhandeling(req, res, Buffer.concat(delen).toString()));
  });
  await new Promise<void>((resolve) => staat.server.listen(0, '127.0.0.1', resolve));
  staat.url = `http://localhost:${(staat.server.address() as AddressInfo).port}/hook`;
  return staat;
}

describe('Bezorger: one signed POST to a real receiver', () => {
  const servers: Server[] = [];
  const bezorgers: Bezorger[] = [];
  const bezorger = (opties: Partial<ConstructorParameters<typeof Bezorger>[0]> = {}) => {
    const b = new Bezorger({ onveiligToestaan: true, timeoutMs: 500, maxBodyBytes: 1024, maxSockets: 4, ...opties });
    bezorgers.push(b);
    return b;
  };
  afterAll(() => {
    bezorgers.forEach((b) => b.close());
    servers.forEach((s) => s.closeAllConnections());
    return Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('sends the body signed so that the standardwebhooks library accepts it', async () => {
    const geheim = nieuwGeheim();
    const ontvangen: unknown[] = [];
    const r = await ontvanger((req, res, body) => {
      ontvangen.push(new Webhook(geheim).verify(body, req.headers as Record<string, string>));
      res.writeHead(204).end();
    });
    servers.push(r.server);
    const body = JSON.stringify({ id: 'e1', type: 'nl.koers.test.v1', data: { a: 1 } });
    const uitkomst = await bezorger().verstuur({ url: r.url, id: 'a1', body, geheimen: [geheim] });
    expect(uitkomst).toMatchObject({ statuscode: 204, fout: null });
    expect(ontvangen).toEqual([JSON.parse(body)]);
  });

  it('gives up on a receiver that hangs, after the timeout', async () => {
    const r = await ontvanger(() => undefined); // never answers
    servers.push(r.server);
    const uitkomst = await bezorger({ timeoutMs: 300 }).verstuur({ url: r.url, id: 'a2', body: '{}', geheimen: [nieuwGeheim()] });
    expect(uitkomst.statuscode).toBeNull();
    expect(uitkomst.fout).toContain('timeout');
    expect(uitkomst.duurMs).toBeGreaterThanOrEqual(290);
    expect(uitkomst.duurMs).toBeLessThan(2000);
  });

  it('stops reading a huge answer at the limit', async () => {
    let geschreven = 0;
    const r = await ontvanger((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const blok = Buffer.alloc(64 * 1024, 'x');
      const schrijf = () => {
        // 200 MB if nobody stops it
        while (geschreven < 200 * 1024 * 1024 && !res.destroyed) {
          geschreven += blok.length;
          if (!res.write(blok)) return res.once('drain', schrijf);
        }
        res.end();
      };
      schrijf();
    });
    servers.push(r.server);
    const uitkomst = await bezorger({ maxBodyBytes: 10_000, timeoutMs: 5000 }).verstuur({ url: r.url, id: 'a3', body: '{}', geheimen: [nieuwGeheim()] });
    expect(uitkomst).toMatchObject({ statuscode: 200, fout: null });
    expect(geschreven).toBeLessThan(20 * 1024 * 1024);
  });

  it('reports a connection error', async () => {
    const uitkomst = await bezorger().verstuur({ url: 'http://127.0.0.1:1/hook', id: 'a4', body: '{}', geheimen: [nieuwGeheim()] });
    expect(uitkomst).toMatchObject({ statuscode: null, fout: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses, after DNS, a host that resolves to loopback when unsafe URLs are not allowed, without connecting', async () => {
    const r = await ontvanger((_req, res) => res.writeHead(200).end());
    servers.push(r.server);
    const streng = bezorger({ onveiligToestaan: false });
    const viaDns = await streng.verstuur({ url: r.url, id: 'a5', body: '{}', geheimen: [nieuwGeheim()] });
    expect(viaDns).toMatchObject({ statuscode: null, adresGeweigerd: true, fout: expect.stringContaining('loopback') });
    const letterlijk = await streng.verstuur({ url: r.url.replace('localhost', '[::1]'), id: 'a6', body: '{}', geheimen: [nieuwGeheim()] });
    expect(letterlijk).toMatchObject({ statuscode: null, adresGeweigerd: true });
    expect(r.verzoeken).toBe(0);
  });
});
