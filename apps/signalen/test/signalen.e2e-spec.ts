import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';

const geldig = {
  bron: 'partnerverzoek',
  titel: 'Wachttijd jeugd-GGZ loopt op',
  omschrijving: 'Jongeren wachten langer dan twaalf weken op een intake.',
  gemeenten: ['GM0988'],
};

describe('signalen API', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const tellingen = async () => {
    const schema = service.settings.database.schema;
    const [{ signalen: s, events: e }] = await service.dataSource.query(
      `SELECT (SELECT count(*)::int FROM "${schema}".signaal) AS signalen, (SELECT count(*)::int FROM "${schema}".outbox) AS events`,
    );
    return { signalen: s, events: e };
  };

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  describe('POST /v1/signalen', () => {
    it('stores the signal and writes signaal.ingediend.v1 to the outbox in the same transaction', async () => {
      const voor = await tellingen();
      const res = await service
        .http()
        .post('/v1/signalen')
        .auth(await tokenFor('aanbieder.maasveld'), { type: 'bearer' })
        .send({ ...geldig, gemeenten: ['GM0957'] })
        .expect(201);
      expect(res.body).toMatchObject({ regio: 'midden-limburg-oost', indienerRol: 'aanbieder', indienerOrganisatie: 'jeugdhulp-maasveld' });
      expect(await tellingen()).toEqual({ signalen: voor.signalen + 1, events: voor.events + 1 });
      const [event] = await service.dataSource.query(
        `SELECT payload FROM "${service.settings.database.schema}".outbox WHERE payload->>'subject' = $1`,
        [res.body.id],
      );
      expect(event.payload).toMatchObject({
        specversion: '1.0',
        type: 'nl.koers.signalen.signaal.ingediend.v1',
        regio: 'midden-limburg-oost',
        subject: res.body.id,
        data: { signaalId: res.body.id, gemeenten: ['GM0957'] },
      });
      expect(event.payload.traceparent).toMatch(/^00-[0-9a-f]{32}-/);
      expect(res.headers.traceparent.split('-')[1]).toBe(event.payload.traceparent.split('-')[1]);
    });

    it('keeps the indicators and the part of the koersdocument the signal deviates from', async () => {
      const koersReferentie = 'Uitvoeringsprogramma 2025, actielijn 3: wachttijden terugdringen';
      const res = await service
        .http()
        .post('/v1/signalen')
        .auth(await tokenFor('gemeente.weert'), { type: 'bearer' })
        .send({ ...geldig, bron: 'contractdoel', indicatoren: ['wachttijd-start-jeugdhulp'], koersReferentie })
        .expect(201);
      const opgehaald = await service.http().get(`/v1/signalen/${res.body.id}`).auth(await tokenFor('gemeente.weert'), { type: 'bearer' }).expect(200);
      expect(opgehaald.body).toMatchObject({ indicatoren: ['wachttijd-start-jeugdhulp'], koersReferentie });
    });

    it('answers 401 problem+json without a token', async () => {
      const res = await service.http().post('/v1/signalen').send(geldig).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, title: expect.any(String), detail: expect.any(String) });
    });

    it('answers 403 for a role that may not submit, and for a source the role may not use', async () => {
      await service.http().post('/v1/signalen').auth(await tokenFor('jurist.mlw'), { type: 'bearer' }).send(geldig).expect(403);
      const res = await service.http().post('/v1/signalen').auth(await tokenFor('gemeente.weert'), { type: 'bearer' }).send(geldig).expect(403);
      expect(res.body.detail).toContain('partnerverzoek');
    });

    it('answers 403 with the reason for a token without regio', async () => {
      const res = await service.http().post('/v1/signalen').auth(await tokenFor('zonder.regio'), { type: 'bearer' }).send(geldig).expect(403);
      expect(res.body.detail).toMatch(/regio/i);
    });

    it.each([
      ['malformed JSON', '{"bron": "partnerverzoek",', ['body']],
      ['an unknown field', JSON.stringify({ ...geldig, bsn: '123456782' }), ['bsn']],
      ['wrong types', JSON.stringify({ ...geldig, titel: 42, gemeenten: 'GM0988' }), ['titel', 'gemeenten']],
      ['a gemeente that is no CBS code', JSON.stringify({ ...geldig, gemeenten: ['Weert'] }), ['gemeenten']],
      ['a gemeente of another region', JSON.stringify({ ...geldig, gemeenten: ['GM0957'] }), ['gemeenten']],
      ['a missing bron', JSON.stringify({ ...geldig, bron: undefined }), ['bron']],
      ['an indicator that is no catalogue code', JSON.stringify({ ...geldig, indicatoren: ['Wachttijd GGZ'] }), ['indicatoren']],
      ['an indicator the region\'s catalogue does not have', JSON.stringify({ ...geldig, indicatoren: ['wachttijd-start-jeugdhulp', 'bestaat-niet'] }), ['indicatoren']],
      [
        'a gemeente of another region and an unknown indicator, both named',
        JSON.stringify({ ...geldig, gemeenten: ['GM0957'], indicatoren: ['bestaat-niet'] }),
        ['gemeenten', 'indicatoren'],
      ],
      // Signals carry no personal data (domain.md §2).
      ['a BSN in the description', JSON.stringify({ ...geldig, omschrijving: 'Het gaat om BSN 123456782.' }), ['omschrijving']],
      ['a phone number in the title', JSON.stringify({ ...geldig, titel: 'Bel moeder op 06-12345678' }), ['titel']],
      [
        'an e-mail address in the course reference and a BSN in the description',
        JSON.stringify({ ...geldig, omschrijving: 'BSN 111222333', koersReferentie: 'zie mail van j.jansen@weert.nl' }),
        ['omschrijving', 'koersReferentie'],
      ],
    ])('answers 400 naming the field for %s, and stores nothing', async (_case, body, velden) => {
      const voor = await tellingen();
      const res = await service
        .http()
        .post('/v1/signalen')
        .auth(await tokenFor('aanbieder.horizon'), { type: 'bearer' })
        .set('content-type', 'application/json')
        .send(body.replace('"bron":"partnerverzoek"', '"bron":"partnerverzoek","regio":"midden-limburg-west"'))
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) });
      expect(res.body.invalidParams.map((p: { name: string }) => p.name.split('.')[0])).toEqual(expect.arrayContaining(velden));
      expect(await tellingen()).toEqual(voor);
    });

    it('answers 413 problem+json for an oversized body, and stores nothing', async () => {
      const voor = await tellingen();
      const res = await service
        .http()
        .post('/v1/signalen')
        .auth(await tokenFor('aanbieder.maasveld'), { type: 'bearer' })
        .send({ ...geldig, omschrijving: 'x'.repeat(1_100_000) })
        .expect(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(await tellingen()).toEqual(voor);
    });

    it('makes a user of two regions name one of theirs', async () => {
      const token = await tokenFor('aanbieder.horizon');
      const zonder = await service.http().post('/v1/signalen').auth(token, { type: 'bearer' }).send(geldig).expect(400);
      expect(zonder.body.invalidParams[0].name).toBe('regio');
      await service.http().post('/v1/signalen').auth(token, { type: 'bearer' }).send({ ...geldig, regio: 'flevoland' }).expect(403);
      await service.http().post('/v1/signalen').auth(token, { type: 'bearer' }).send({ ...geldig, regio: 'midden-limburg-west' }).expect(201);
    });
  });

  describe('GET /v1/signalen and /v1/signalen/{id}', () => {
    it('shows a signal in its own region and answers 404 elsewhere, exactly like a missing one', async () => {
      const { body: signaal } = await service
        .http()
        .post('/v1/signalen')
        .auth(await tokenFor('gemeente.weert'), { type: 'bearer' })
        .send({ ...geldig, bron: 'contractdoel' })
        .expect(201);
      const almere = await tokenFor('gemeente.almere');
      const elders = await service.http().get(`/v1/signalen/${signaal.id}`).auth(almere, { type: 'bearer' }).expect(404);
      const nergens = await service.http().get(`/v1/signalen/${randomUUID()}`).auth(almere, { type: 'bearer' }).expect(404);
      expect(elders.body.title).toBe(nergens.body.title);
      expect(elders.body.type).toBe(nergens.body.type);
      const lijst = await service.http().get('/v1/signalen?paginaGrootte=100').auth(almere, { type: 'bearer' }).expect(200);
      expect(lijst.body.items.map((s: { regio: string }) => s.regio)).not.toContain('midden-limburg-west');
      const eigen = await service.http().get('/v1/signalen?paginaGrootte=100').auth(await tokenFor('jurist.mlw'), { type: 'bearer' }).expect(200);
      expect(eigen.body.items.map((s: { id: string }) => s.id)).toContain(signaal.id);
      expect(new Set(eigen.body.items.map((s: { regio: string }) => s.regio))).toEqual(new Set(['midden-limburg-west']));
    });

    it('answers 400 for a malformed id and for bad paging, 404 for a trailing slash', async () => {
      const token = await tokenFor('gemeente.weert');
      await service.http().get('/v1/signalen/niet-een-uuid').auth(token, { type: 'bearer' }).expect(400);
      const res = await service.http().get('/v1/signalen?paginaGrootte=1000').auth(token, { type: 'bearer' }).expect(400);
      expect(res.body.invalidParams[0].name).toBe('paginaGrootte');
      await service.http().get('/v1/signalen/').auth(token, { type: 'bearer' }).expect(404);
    });
  });

  describe('service conventions', () => {
    it('publishes its OpenAPI document without authentication, with CORS and the API-Version header', async () => {
      const res = await service.http().get('/v1/openapi.json').expect(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['api-version']).toBe(res.body.info.version);
      expect(res.body.openapi).toMatch(/^3\./);
      expect(res.body.servers).toEqual([{ url: '/v1' }]);
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/signalen', '/signalen/{id}']));
    });

    it('names in every operation of its OpenAPI document the roles that may call it', async () => {
      const { body } = await service.http().get('/v1/openapi.json').expect(200);
      const rollen = (path: string, method: string) => body.paths[path][method]['x-koers-rollen'];
      expect(rollen('/signalen', 'post')).toEqual(['aanbieder', 'clientvertegenwoordiger', 'gemeente']);
      expect(rollen('/signalen/{id}/statuswijzigingen', 'post')).toEqual(['gemeente']);
      expect(rollen('/termijnen', 'put')).toEqual(['beheerder']);
      expect(rollen('/onbestelbare-berichten', 'get')).toEqual(['beheerder']);
      const operations = Object.values(body.paths as Record<string, Record<string, { 'x-koers-rollen'?: string[] }>>).flatMap((item) => Object.values(item));
      expect(operations.filter((operation) => !operation['x-koers-rollen']?.length)).toEqual([]);
    });

    it('is live and ready, and exposes Prometheus metrics', async () => {
      await service.http().get('/health/live').expect(200);
      const ready = await service.http().get('/health/ready').expect(200);
      expect(ready.body.checks).toEqual({ database: true, broker: true });
      await eventually(async () => {
        const metrics = await service.http().get('/metrics').expect(200);
        return metrics.text.includes('http_server_request_duration_seconds_count') ? true : undefined;
      });
    });
  });
});
