import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceAccount } from '@koers/auth';
import { NietBeschikbaar, NietGevonden, Weigering } from '@koers/domain';
import { TafelsClient, TafelsOnbereikbaar } from './tafels.client';

/** A real HTTP server in the place of tafels, answering as the test tells it; what it was asked is kept. */
async function server(antwoord: (res: ServerResponse) => void): Promise<{ url: string; gevraagd: Array<{ pad?: string; headers: IncomingHttpHeaders }>; stop: () => Promise<void> }> {
  const gevraagd: Array<{ pad?: string; headers: IncomingHttpHeaders }> = [];
  const http: Server = createServer((req, res) => {
    gevraagd.push({ pad: req.url, headers: req.headers });
    antwoord(res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    gevraagd,
    stop: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

const account = { accessToken: async () => 'token-van-koers-notificaties' } as unknown as ServiceAccount;
const client = (tafelsUrl: string, tafelsTimeoutMs = 2000) => new TafelsClient({ tafelsUrl, tafelsTimeoutMs }, account);
const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const BIJEENKOMST = '5d2f1a3b-7c4e-4f6a-8b9c-0d1e2f3a4b5c';

describe('TafelsClient: the invitation read from tafels', () => {
  it('asks the invitation route as koers-notificaties and returns what tafels answers', async () => {
    const tafels = await server((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ tafelId: TAFEL, volgnummer: 3 })));
    try {
      expect(await client(tafels.url).uitnodiging(TAFEL, BIJEENKOMST)).toEqual({ tafelId: TAFEL, volgnummer: 3 });
      expect(tafels.gevraagd).toEqual([
        expect.objectContaining({ pad: `/v1/tafels/${TAFEL}/bijeenkomsten/${BIJEENKOMST}/uitnodiging`, headers: expect.objectContaining({ authorization: 'Bearer token-van-koers-notificaties' }) }),
      ]);
    } finally {
      await tafels.stop();
    }
  });

  // NietBeschikbaar is retried by the consumer (libs/messaging) and dead-lettered only after the last retry; a Weigering would be dead-lettered at once.
  const wordtHerhaald = (error: unknown) => {
    expect(error).toBeInstanceOf(TafelsOnbereikbaar);
    expect(error).toBeInstanceOf(NietBeschikbaar);
    expect(error).not.toBeInstanceOf(Weigering);
  };

  it('is retried later when tafels answers 503', async () => {
    const tafels = await server((res) => res.writeHead(503).end('even niet'));
    try {
      wordtHerhaald(await client(tafels.url).uitnodiging(TAFEL, BIJEENKOMST).catch((e: unknown) => e));
    } finally {
      await tafels.stop();
    }
  });

  it('is retried later when tafels does not answer within the timeout', async () => {
    const tafels = await server(() => undefined);
    try {
      const begin = Date.now();
      wordtHerhaald(await client(tafels.url, 200).uitnodiging(TAFEL, BIJEENKOMST).catch((e: unknown) => e));
      expect(Date.now() - begin).toBeLessThan(1500);
    } finally {
      await tafels.stop();
    }
  });

  it('is retried later when nothing listens', async () => {
    const tafels = await server(() => undefined);
    await tafels.stop();
    wordtHerhaald(await client(tafels.url).uitnodiging(TAFEL, BIJEENKOMST).catch((e: unknown) => e));
  });

  it('is a refusal (dead letter, for the beheerder) when tafels does not know the meeting', async () => {
    const tafels = await server((res) => res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{}'));
    try {
      const error = await client(tafels.url).uitnodiging(TAFEL, BIJEENKOMST).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NietGevonden);
    } finally {
      await tafels.stop();
    }
  });
});
