import type { Response } from 'supertest';
import type { TestService } from '@koers/service-testing';
import { ServiceProcess, startServiceProcess, registerEnv, TestIsolation, tokenFor } from '@koers/testing';

export const MLW = 'midden-limburg-west';
export const INDICATOR = 'jeugdhulp-met-verblijf';
export const OMSCHRIJVING = 'Jongeren in Weert wachten langer dan twaalf weken op een intake.';

type Dienst = () => Pick<TestService, 'http'>;

/** Requests with a real Keycloak user's token. */
export function als(dienst: Dienst) {
  const auth = async (gebruiker: string) => ({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
  return {
    get: async (pad: string, gebruiker: string): Promise<Response> => dienst().http().get(pad).set(await auth(gebruiker)),
    post: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().post(pad).set(await auth(gebruiker)).send(body),
    patch: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().patch(pad).set(await auth(gebruiker)).send(body),
    put: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().put(pad).set(await auth(gebruiker)).send(body),
  };
}

export const subVan = async (gebruiker: string): Promise<string> => JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;

/** The real signalen (with monitoring for the region register and the dossier's figures), with figures for Weert delivered. */
export async function startSignalen(isolation: TestIsolation): Promise<{ monitoring: ServiceProcess; signalen: ServiceProcess }> {
  const monitoring = await startServiceProcess('monitoring', isolation);
  const signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
  const levering = await als(() => monitoring).post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 1.9, teller: 80, noemer: 4200 },
  ]);
  if (levering.status !== 200) throw new Error(`metingen: ${levering.status}`);
  return { monitoring, signalen };
}

/** A signal of Weert taken up by its gemeente, through signalen's API. */
export async function inVoorbereiding(signalen: ServiceProcess): Promise<string> {
  const api = als(() => signalen);
  const { body } = await api.post('/v1/signalen', 'aanbieder.horizon', { regio: MLW, bron: 'partnerverzoek', titel: 'Wachttijd jeugd-GGZ loopt op', omschrijving: OMSCHRIJVING, gemeenten: ['GM0988'] });
  expect((await api.post(`/v1/signalen/${body.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);
  return body.id;
}

/** A signal brought to consensus through signalen's API: a complete dossier, a round, every party eens. */
export async function metConsensus(signalen: ServiceProcess): Promise<string> {
  const api = als(() => signalen);
  const id = await inVoorbereiding(signalen);
  for (const stuk of [
    { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] },
    { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.' },
    { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die tijdig beschikbaar is.' },
  ]) {
    expect((await api.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', stuk)).status).toBe(201);
  }
  const ronde = await api.post(`/v1/signalen/${id}/consensusrondes`, 'gemeente.weert', { partijen: ['zorggroep-horizon'] });
  expect(ronde.status).toBe(201);
  expect((await api.post(`/v1/signalen/${id}/consensusrondes/${ronde.body.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' })).status).toBe(201);
  expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.status).toBe('consensus_bereikt');
  return id;
}

/** The events a service wrote to its outbox about one subject, in order. */
export async function uitgaand(service: TestService, subject: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const rijen = await service.dataSource.query(`SELECT payload FROM "${service.settings.database.schema}".outbox WHERE payload->>'subject' = $1 ORDER BY position`, [subject]);
  return rijen.map((r: { payload: { type: string; data: Record<string, unknown> } }) => ({ type: r.payload.type, data: r.payload.data }));
}

/** A meeting a week from `nu`, in Weert's town hall. */
export function bijeenkomstOver(nu: Date, dagen = 7, agenda = 'Welkom; het dossier; wat is het probleem; wie doet mee; vervolgstappen.') {
  const start = new Date(nu.getTime() + dagen * 86_400_000);
  return { start: start.toISOString(), eind: new Date(start.getTime() + 2 * 3_600_000).toISOString(), plaats: 'Stadhuis Weert, raadszaal', agenda };
}
