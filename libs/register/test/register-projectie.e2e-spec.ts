import { DynamicModule, Module } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceAccountModule } from '@koers/auth';
import { KoersServiceModule, ServiceDefinition } from '@koers/bootstrap';
import {
  createCloudEvent,
  GEMEENTE_GEWIJZIGD_V1,
  GEMEENTE_TOEGEVOEGD_V1,
  INDICATOR_TOEGEVOEGD_V1,
  REGISTER_GEPUBLICEERD_V1,
  RegisterIndicator,
} from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';
import { REGISTER_MIGRATIONS, Regioregister, RegioregisterModule } from '../src';

const MLW = 'midden-limburg-west';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:koers-monitoring';

/** A service that does nothing but keep a copy of the register, as signalen and notificaties do. */
function kopiehouder(service: string): ServiceDefinition {
  @Module({})
  class KopieModule {
    static register(settings: Parameters<ServiceDefinition['module']>[0], env: Record<string, string | undefined>): DynamicModule {
      const account = { realmUrl: settings.keycloak.realmUrl, clientId: 'koers-notificaties', clientSecret: process.env.KOERS_NOTIFICATIES_CLIENT_SECRET ?? 'dev-only-notificaties-secret' };
      return {
        module: KopieModule,
        imports: [
          KoersServiceModule.forRoot({ settings, entities: [], migrations: REGISTER_MIGRATIONS }),
          ServiceAccountModule.forRoot(account),
          RegioregisterModule.forRoot({ monitoringUrl: env.BRON_URL ?? '', timeoutMs: 2000, herhalingMs: 200 }),
        ],
      };
    }
  }
  return { service, defaultPort: 3999, openApi: { title: service, description: service, version: '0' }, module: (settings, env) => KopieModule.register(settings, env) };
}

const gemeente = (type: string, code: string, naam: string, versie: number, regio = MLW) =>
  createCloudEvent({ type, source: SOURCE, regio, subject: code, data: { regio, code, naam, versie } });

describe('region register copy (libs/register) against a real monitoring', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let kopie: TestService;
  const register = () => kopie.app.get(Regioregister);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    kopie = await startTestService(kopiehouder('kopie'), isolation, { BRON_URL: monitoring.url });
  });
  afterAll(async () => {
    await kopie?.stop();
    await monitoring?.stop();
  });

  it('is filled from monitoring’s register when the service starts', async () => {
    expect([...(await register().gemeenten(MLW))]).toEqual([
      ['GM0946', 'Nederweert'],
      ['GM0988', 'Weert'],
      ['GM1640', 'Leudal'],
    ]);
    const indicatoren = await register().indicatoren('flevoland');
    expect(indicatoren.length).toBeGreaterThanOrEqual(12);
    expect(indicatoren).toContainEqual(expect.objectContaining({ code: 'jeugdhulp-met-verblijf', landelijk: true, richting: 'lager_is_beter', versie: 1 }));
    expect((await register().gemeenten('bestaat-niet')).size).toBe(0);
  });

  it('keeps the newest version of a gemeente whatever the order and number of copies that arrive', async () => {
    await isolation.publish(gemeente(GEMEENTE_TOEGEVOEGD_V1, 'GM9911', 'Nieuwdorp', 1), gemeente(GEMEENTE_TOEGEVOEGD_V1, 'GM9911', 'Nieuwdorp', 1));
    await eventually(async () => ((await register().gemeenten(MLW)).get('GM9911') === 'Nieuwdorp' ? true : undefined));
    await isolation.publish(gemeente(GEMEENTE_GEWIJZIGD_V1, 'GM9911', 'Nieuwdorp aan de Maas', 3), gemeente(GEMEENTE_GEWIJZIGD_V1, 'GM9911', 'Nieuwdorp-Oud', 2));
    await eventually(async () => ((await register().gemeenten(MLW)).get('GM9911') === 'Nieuwdorp aan de Maas' ? true : undefined));
    await isolation.publish(gemeente(GEMEENTE_GEWIJZIGD_V1, 'GM9912', 'Volgorde', 1));
    await eventually(async () => ((await register().gemeenten(MLW)).has('GM9912') ? true : undefined));
    expect((await register().gemeenten(MLW)).get('GM9911')).toBe('Nieuwdorp aan de Maas');
    const [{ n }] = await kopie.dataSource.query(`SELECT count(*)::int AS n FROM "${kopie.settings.database.schema}".register_gemeente WHERE code = 'GM9911'`);
    expect(n).toBe(1);
  });

  it('takes a region’s own indicators and a re-publication of the whole register', async () => {
    const indicator: RegisterIndicator = { code: 'wachttijd-fl', naam: 'Wachttijd', definitie: 'Dagen tot de start.', eenheid: 'dagen', richting: 'lager_is_beter', bron: 'Regio', landelijk: false, versie: 1 };
    await isolation.publish(createCloudEvent({ type: INDICATOR_TOEGEVOEGD_V1, source: SOURCE, regio: 'flevoland', data: { regio: 'flevoland', ...indicator } }));
    const herpublicatie = {
      regio: 'flevoland',
      gemeenten: [
        { code: 'GM0034', naam: 'Almere (oud)', versie: 1 },
        { code: 'GM9913', naam: 'Nieuw-Flevo', versie: 4 },
      ],
      indicatoren: [{ ...indicator, naam: 'Wachttijd tot start', versie: 2 }],
    };
    await isolation.publish(createCloudEvent({ type: REGISTER_GEPUBLICEERD_V1, source: SOURCE, regio: 'flevoland', data: herpublicatie }));
    await eventually(async () => ((await register().gemeenten('flevoland')).has('GM9913') ? true : undefined));
    const flevoland = await register().gemeenten('flevoland');
    expect(flevoland.get('GM0034')).toBe('Almere');
    expect(flevoland.get('GM9913')).toBe('Nieuw-Flevo');
    expect(await register().indicatoren('flevoland')).toContainEqual({ ...indicator, naam: 'Wachttijd tot start', versie: 2 });
    expect((await register().indicatoren(MLW)).map((i) => i.code)).not.toContain('wachttijd-fl');
  });

  it('starts when monitoring cannot be reached, and reads the register as soon as it can', async () => {
    const doorgever = await poortZonderLuisteraar();
    const laat = await startTestService(kopiehouder('laat'), isolation, { BRON_URL: doorgever.url });
    try {
      expect((await laat.app.get(Regioregister).gemeenten(MLW)).size).toBe(0);
      await doorgever.stuurDoorNaar(monitoring.url);
      await eventually(async () => ((await laat.app.get(Regioregister).gemeenten(MLW)).has('GM0988') ? true : undefined), 10000);
    } finally {
      await laat.stop();
      doorgever.server.close();
    }
  });
});

/** A port nobody listens on yet; later it forwards every request to the real monitoring. */
async function poortZonderLuisteraar(): Promise<{ url: string; server: Server; stuurDoorNaar(doel: string): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async stuurDoorNaar(doel) {
      server.on('request', async (req, res) => {
        const antwoord = await fetch(`${doel}${req.url}`, { headers: { authorization: req.headers.authorization ?? '' } });
        res.writeHead(antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await antwoord.arrayBuffer()));
      });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
  };
}
