import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { lees, monitoringClient } from './index';

describe('lees: one read from another service, sorted', () => {
  let server: Server;
  let baseUrl: string;
  let status = 200;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.statusCode = status;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(status === 200 ? { regio: 'midden-limburg-west', indicator: 'wachttijd', duidingen: [], punten: [] } : { title: 'nee' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const reeks = (url = baseUrl) => lees(() => monitoringClient({ baseUrl: url, token: () => 't' }).GET('/reeksen', { params: { query: { indicator: 'wachttijd' } } }));

  it('gives the body of a 200', async () => {
    status = 200;
    expect(await reeks()).toEqual({ soort: 'gelezen', data: expect.objectContaining({ indicator: 'wachttijd' }) });
  });

  it('tells a 404 apart from every other refusal', async () => {
    status = 404;
    expect(await reeks()).toEqual({ soort: 'niet_gevonden' });
    for (status of [400, 403, 503]) {
      expect(await reeks()).toEqual({ soort: 'onbereikbaar', status, reden: '{"title":"nee"}' });
    }
  });

  it('calls a service that does not answer onbereikbaar, with the reason and no status', async () => {
    const uitkomst = await reeks('http://127.0.0.1:1');
    expect(uitkomst).toEqual({ soort: 'onbereikbaar', reden: expect.stringContaining('fetch failed') });
  });
});
