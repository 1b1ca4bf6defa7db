import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { monitoringClient } from './index';

describe('a typed Koers client', () => {
  let server: Server;
  let baseUrl: string;
  const received: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ regio: 'midden-limburg-west', indicator: 'wachttijd', duidingen: [], punten: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('calls the service under /v1 with a fresh bearer token from the provider on every request', async () => {
    let issued = 0;
    const client = monitoringClient({ baseUrl, token: async () => `token-${++issued}` });
    const first = await client.GET('/reeksen', { params: { query: { indicator: 'wachttijd', gemeente: 'GM0988' } } });
    await client.GET('/reeksen', { params: { query: { indicator: 'wachttijd' } } });
    expect(first.data?.regio).toBe('midden-limburg-west');
    expect(received.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['/v1/reeksen?indicator=wachttijd&gemeente=GM0988', 'Bearer token-1'],
      ['/v1/reeksen?indicator=wachttijd', 'Bearer token-2'],
    ]);
  });
});
