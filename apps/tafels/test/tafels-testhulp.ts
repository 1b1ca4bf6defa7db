import type { Response } from 'supertest';
import type { TestService } from '@koers/service-testing';
import { tokenFor } from '@koers/testing';

export const MLW = 'midden-limburg-west';
export const INDICATOR = 'jeugdhulp-met-verblijf';
export const OMSCHRIJVING = 'Jongeren in Weert wachten langer dan twaalf weken op een intake.';

type Dienst = () => Pick<TestService, 'http'>;
type Kop = Record<string, string>;

/** Calls to a service as a Keycloak user of the dev realm. */
export function als(dienst: Dienst) {
  const auth = async (gebruiker: string, kop: Kop = {}) => ({ authorization: `Bearer ${await tokenFor(gebruiker)}`, ...kop });
  return {
    get: async (pad: string, gebruiker: string): Promise<Response> => dienst().http().get(pad).set(await auth(gebruiker)),
    post: async (pad: string, gebruiker: string, body: object, kop?: Kop): Promise<Response> => dienst().http().post(pad).set(await auth(gebruiker, kop)).send(body),
    patch: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().patch(pad).set(await auth(gebruiker)).send(body),
  };
}

export type Api = ReturnType<typeof als>;

/** The Keycloak id of a user of the dev realm, from their token. */
export async function subVan(gebruiker: string): Promise<string> {
  return JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;
}

/** A signal of Weert taken up by gemeente.weert, through signalen's API. */
export async function inVoorbereiding(signalen: Api): Promise<string> {
  const { body } = await signalen.post('/v1/signalen', 'aanbieder.horizon', { regio: MLW, bron: 'partnerverzoek', titel: 'Wachttijd jeugd-GGZ loopt op', omschrijving: OMSCHRIJVING, gemeenten: ['GM0988'] });
  expect((await signalen.post(`/v1/signalen/${body.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);
  return body.id;
}

/** A signal brought to consensus through signalen's API: a complete dossier, a round, every party eens. */
export async function metConsensus(signalen: Api): Promise<string> {
  const id = await inVoorbereiding(signalen);
  for (const stuk of [
    { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] },
    { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.' },
    { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die tijdig beschikbaar is.' },
  ]) {
    expect((await signalen.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', stuk)).status).toBe(201);
  }
  const ronde = await signalen.post(`/v1/signalen/${id}/consensusrondes`, 'gemeente.weert', { partijen: ['zorggroep-horizon'] });
  expect(ronde.status).toBe(201);
  expect((await signalen.post(`/v1/signalen/${id}/consensusrondes/${ronde.body.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' })).status).toBe(201);
  expect((await signalen.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.status).toBe('consensus_bereikt');
  return id;
}

/** The measurements the dossier's objective data refers to, delivered to the real monitoring. */
export async function leverMetingen(monitoring: Api): Promise<void> {
  const levering = await monitoring.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 1.9, teller: 80, noemer: 4200 },
  ]);
  expect(levering.status).toBe(200);
}

/** The events in a service's outbox about one subject, in order. */
export async function uitgaand(service: TestService, subject: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const rijen = await service.dataSource.query(`SELECT payload FROM "${service.settings.database.schema}".outbox WHERE payload->>'subject' = $1 ORDER BY position`, [subject]);
  return rijen.map((r: { payload: { type: string; data: Record<string, unknown> } }) => ({ type: r.payload.type, data: r.payload.data }));
}
