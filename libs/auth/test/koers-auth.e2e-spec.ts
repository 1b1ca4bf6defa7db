import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createServer, request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { ProblemDetailsFilter } from '@koers/http';
import { dienstToken, KEYCLOAK_URL, serviceAccountToken, tokenFor } from '@koers/testing';
import { KeycloakAuthModule, Public, Rollen, Systeem, Tenant, TenantContext } from '../src';

@Controller('v1/proef')
class ProefController {
  @Get('open')
  @Public()
  open() {
    return { open: true };
  }

  @Get('wie')
  wie(@Tenant() tenant: TenantContext) {
    return tenant;
  }

  @Get('alleen-jurist')
  @Rollen('jurist')
  alleenJurist(@Tenant() tenant: TenantContext) {
    return { subject: tenant.subject };
  }

  @Get('gemeente-of-signalen')
  @Rollen('gemeente')
  @Systeem('koers-signalen')
  gemeenteOfSignalen(@Tenant() tenant: TenantContext) {
    return tenant;
  }

  @Get('alleen-tafels')
  @Systeem('koers-tafels')
  alleenTafels(@Tenant() tenant: TenantContext) {
    return { systeem: tenant.systeem };
  }
}

const ISSUER = `${KEYCLOAK_URL}/realms/koers`;

/** Forwards to Keycloak and counts how often the realm's keys are fetched. */
async function countingKeyProxy(): Promise<{ server: Server; url: string; keyFetches: () => number }> {
  let keyFetches = 0;
  const target = new URL(KEYCLOAK_URL);
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/protocol/openid-connect/certs')) keyFetches++;
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/realms/koers`, keyFetches: () => keyFetches };
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  claims.regio = ['flevoland'];
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('libs/auth against the real Keycloak', () => {
  let app: INestApplication;
  let proxy: Awaited<ReturnType<typeof countingKeyProxy>>;

  beforeAll(async () => {
    proxy = await countingKeyProxy();
    // Keys come through the proxy, while tokens name Keycloak itself as issuer (as behind an ingress).
    @Module({ imports: [KeycloakAuthModule.forRoot({ realmUrl: proxy.url, issuerUrl: ISSUER, clientId: 'koers-api' })], controllers: [ProefController] })
    class ProefModule {}
    const moduleRef = await Test.createTestingModule({ imports: [ProefModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    proxy?.server.close();
  });

  const get = (path: string, token?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return token ? req.auth(token, { type: 'bearer' }) : req;
  };

  it('takes the tenant context from the token only', async () => {
    const res = await get('/v1/proef/wie', await tokenFor('aanbieder.horizon'))
      .set('x-regio', 'flevoland')
      .query({ regio: 'flevoland' })
      .expect(200);
    expect(res.body).toMatchObject({
      username: 'aanbieder.horizon',
      regios: expect.arrayContaining(['midden-limburg-west', 'midden-limburg-oost']),
      organisatie: 'zorggroep-horizon',
      rollen: ['aanbieder'],
    });
    expect(res.body.regios).toHaveLength(2);
    expect(res.body.subject).toMatch(/^[0-9a-f-]{36}$/);

    const weert = await get('/v1/proef/wie', await tokenFor('gemeente.weert')).expect(200);
    expect(weert.body).toMatchObject({ regios: ['midden-limburg-west'], gemeente: 'GM0988', rollen: ['gemeente'] });
  });

  it('accepts a provider system through client credentials, with its organisation and regions', async () => {
    const token = await serviceAccountToken('systeem-zorggroep-horizon', process.env.KOERS_HORIZON_CLIENT_SECRET ?? 'dev-only-horizon-secret');
    const res = await get('/v1/proef/wie', token).expect(200);
    expect(res.body).toMatchObject({ organisatie: 'zorggroep-horizon', rollen: ['aanbieder'], clientId: 'systeem-zorggroep-horizon' });
    expect([...res.body.regios].sort()).toEqual(['midden-limburg-oost', 'midden-limburg-west']);
  });

  it.each([
    ['no token', async () => undefined],
    ['a token that is not a JWT', async () => 'niet-een-token'],
    ['a tampered token (wrong signature)', async () => tamper(await tokenFor('gemeente.weert'))],
    ['a token of another realm', async () => tokenFor('gemeente.elders', { realm: 'elders' })],
  ])('answers 401 problem+json for %s', async (_case, token) => {
    const res = await get('/v1/proef/wie', await token()).expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="koers"/);
    expect(res.body).toMatchObject({ type: 'urn:nl-koers:probleem:niet-geauthenticeerd', status: 401, title: 'Niet geauthenticeerd' });
  });

  it('lets a Koers service in by its client id (azp), with every region it serves and no user role', async () => {
    const res = await get('/v1/proef/gemeente-of-signalen', await dienstToken('signalen')).expect(200);
    expect(res.body).toMatchObject({ systeem: 'koers-signalen', rollen: [] });
    expect([...res.body.regios].sort()).toEqual(['flevoland', 'midden-limburg-oost', 'midden-limburg-west', 'west-brabant-west', 'zuid-kennemerland']);
    await get('/v1/proef/alleen-tafels', await dienstToken('tafels')).expect(200, { systeem: 'koers-tafels' });
  });

  it('answers 403 in Dutch for a service the route does not name, saying which may', async () => {
    const res = await get('/v1/proef/gemeente-of-signalen', await dienstToken('tafels')).expect(403);
    expect(res.body).toMatchObject({ status: 403, type: 'urn:nl-koers:probleem:systeem-niet-toegestaan' });
    expect(res.body.detail).toBe('Als dienst mag alleen koers-signalen deze route aanroepen, niet koers-tafels.');
    await get('/v1/proef/alleen-tafels', await dienstToken('pilots')).expect(403);
  });

  it('answers 403 for a service token on a route that names no service, whatever its roles', async () => {
    for (const pad of ['/v1/proef/wie', '/v1/proef/alleen-jurist']) {
      const res = await get(pad, await dienstToken('notificaties')).expect(403);
      expect(res.body).toMatchObject({ type: 'urn:nl-koers:probleem:systeem-niet-toegestaan' });
      expect(res.body.detail).toContain('koers-notificaties mag haar niet aanroepen');
    }
  });

  it('keeps people to their roles on a route that also admits a service, and out of a route only for services', async () => {
    await get('/v1/proef/gemeente-of-signalen', await tokenFor('gemeente.weert')).expect(200);
    const jurist = await get('/v1/proef/gemeente-of-signalen', await tokenFor('jurist.mlw')).expect(403);
    expect(jurist.body.type).toBe('urn:nl-koers:probleem:rol-niet-toegestaan');
    const horizon = await serviceAccountToken('systeem-zorggroep-horizon', process.env.KOERS_HORIZON_CLIENT_SECRET ?? 'dev-only-horizon-secret');
    expect((await get('/v1/proef/gemeente-of-signalen', horizon).expect(403)).body.type).toBe('urn:nl-koers:probleem:rol-niet-toegestaan');
    const mens = await get('/v1/proef/alleen-tafels', await tokenFor('beheerder.mlw')).expect(403);
    expect(mens.body).toMatchObject({ type: 'urn:nl-koers:probleem:alleen-systemen' });
  });

  it('answers 401 for an expired token', async () => {
    const token = await tokenFor('gemeente.weert', { client: 'koers-tests-kort' });
    await get('/v1/proef/wie', token).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const res = await get('/v1/proef/wie', token).expect(401);
    expect(res.body.detail).toMatch(/verlopen/);
  });

  it('answers 403 for a role that may not, naming the roles', async () => {
    const res = await get('/v1/proef/alleen-jurist', await tokenFor('gemeente.weert')).expect(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 403, type: 'urn:nl-koers:probleem:rol-niet-toegestaan' });
    expect(res.body.detail).toContain('jurist');
    await get('/v1/proef/alleen-jurist', await tokenFor('jurist.mlw')).expect(200);
  });

  it('answers 403 with the reason for a token without regio', async () => {
    const res = await get('/v1/proef/wie', await tokenFor('zonder.regio')).expect(403);
    expect(res.body).toMatchObject({ type: 'urn:nl-koers:probleem:geen-regio' });
    expect(res.body.detail).toMatch(/geen regio/);
  });

  it('lets public routes through without a token', async () => {
    await get('/v1/proef/open').expect(200, { open: true });
  });

  it('verifies locally: the realm keys are fetched once, not per request', async () => {
    const before = proxy.keyFetches();
    const token = await tokenFor('jurist.mlo');
    await Promise.all(Array.from({ length: 25 }, () => get('/v1/proef/wie', token).expect(200)));
    const fetched = proxy.keyFetches() - before;
    console.log(`[auth] 25 verified requests → ${fetched} key fetches (total ${proxy.keyFetches()})`);
    expect(fetched).toBe(0);
    expect(proxy.keyFetches()).toBe(1);
  });
});
