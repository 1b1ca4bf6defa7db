import { randomUUID } from 'node:crypto';
import { ServiceProcess, tokenFor } from '@koers/testing';

export const MLW = 'midden-limburg-west';
export const INDICATOR = 'jeugdhulp-met-verblijf';

/** Requests to a service with a real Keycloak user's token; anything but success throws with the answer. */
export const api = (dienst: () => ServiceProcess) => ({
  async post(pad: string, gebruiker: string, body: object = {}) {
    const response = await dienst().http().post(pad).set({ authorization: `Bearer ${await tokenFor(gebruiker)}`, 'idempotency-key': randomUUID() }).send(body);
    if (response.status >= 300) throw new Error(`POST ${pad}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  },
  async get(pad: string, gebruiker: string) {
    const response = await dienst().http().get(pad).set({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
    if (response.status !== 200) throw new Error(`GET ${pad}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  },
});

export const subVan = async (gebruiker: string): Promise<string> => JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;

/** Weert's figures in monitoring, which the dossier's objective data points at. */
export async function leverCijfers(monitoring: ServiceProcess): Promise<void> {
  await api(() => monitoring).post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
    { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 1.9, teller: 80, noemer: 4200 },
  ]);
}

/** A signal of Weert brought to consensus through signalen's API: taken up, a complete dossier, every party eens. */
export async function metConsensus(signalen: ServiceProcess, titel: string): Promise<string> {
  const sig = api(() => signalen);
  const { id } = await sig.post('/v1/signalen', 'aanbieder.horizon', { regio: MLW, bron: 'partnerverzoek', titel, omschrijving: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.', gemeenten: ['GM0988'] });
  await sig.post(`/v1/signalen/${id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' });
  for (const stuk of [
    { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] },
    { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.' },
    { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die tijdig beschikbaar is.' },
  ]) {
    await sig.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', stuk);
  }
  const ronde = await sig.post(`/v1/signalen/${id}/consensusrondes`, 'gemeente.weert', { partijen: ['zorggroep-horizon'] });
  await sig.post(`/v1/signalen/${id}/consensusrondes/${ronde.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' });
  return id;
}

/**
 * A table of Weert with the client council and Horizon seated, its first meeting held (tafels runs on
 * the real clock, so the meeting starts in three seconds and is waited for) and a concept agreement
 * owned by Horizon, all through the services' APIs; without `deadline` the agreement is due in 200 days.
 */
export async function tafelMetAfspraak(
  signalen: ServiceProcess,
  tafels: ServiceProcess,
  titel: string,
  omschrijving: string,
  deadline = new Date(Date.now() + 200 * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }),
): Promise<{ tafelId: string; bijeenkomstId: string; afspraakId: string }> {
  const taf = api(() => tafels);
  const tafel = await taf.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus(signalen, titel) });
  for (const gebruiker of ['client.mlw', 'aanbieder.horizon']) await taf.post(`/v1/tafels/${tafel.id}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) });
  const start = new Date(Date.now() + 3000);
  const vergadering = await taf.post(`/v1/tafels/${tafel.id}/bijeenkomsten`, 'gemeente.weert', {
    start: start.toISOString(),
    eind: new Date(start.getTime() + 7_200_000).toISOString(),
    plaats: 'Stadhuis Weert, raadszaal',
    agenda: 'Welkom; het dossier; vervolgstappen.',
  });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now()) + 500));
  const { deelnemers } = await taf.get(`/v1/tafels/${tafel.id}`, 'gemeente.weert');
  await taf.post(`/v1/tafels/${tafel.id}/bijeenkomsten/${vergadering.id}/verslag`, 'gemeente.weert', {
    probleem: 'Er zijn te weinig plekken voor crisisopvang in de regio.',
    wieMoetMeedoen: 'De gemeente, Zorggroep Horizon en de cliëntenraad.',
    stappen: 'Zorggroep Horizon zoekt twee extra plekken.',
    aanwezigen: deelnemers.map((d: { id: string }) => d.id),
  });
  const afspraak = await taf.post(`/v1/tafels/${tafel.id}/afspraken`, 'gemeente.weert', {
    soort: 'werkafspraak',
    omschrijving,
    eigenaar: 'zorggroep-horizon',
    deadline,
    rechtsgrond: 'Jeugdwet art. 2.3',
    gemeente: 'GM0988',
    bijeenkomstId: vergadering.id,
  });
  return { tafelId: tafel.id, bijeenkomstId: vergadering.id, afspraakId: afspraak.id };
}
