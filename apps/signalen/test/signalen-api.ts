import type { Response } from 'supertest';
import type { TestService } from '@koers/service-testing';
import { tokenFor } from '@koers/testing';

export const MLW = 'midden-limburg-west';

/** HTTP calls to a test service as a named demo user (real Keycloak password grant). */
export function alsGebruiker(service: () => Pick<TestService, 'http'>) {
  const auth = async (gebruiker: string) => ({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
  return {
    get: async (pad: string, gebruiker: string): Promise<Response> => service().http().get(pad).set(await auth(gebruiker)),
    post: async (pad: string, gebruiker: string, body: object): Promise<Response> => service().http().post(pad).set(await auth(gebruiker)).send(body),
    patch: async (pad: string, gebruiker: string, body: object): Promise<Response> => service().http().patch(pad).set(await auth(gebruiker)).send(body),
  };
}

export const partnerverzoek = (gemeenten: string[] = ['GM0988'], titel = 'Wachttijd jeugd-GGZ loopt op') => ({
  regio: MLW,
  bron: 'partnerverzoek',
  titel,
  omschrijving: 'Jongeren wachten langer dan twaalf weken op een intake.',
  gemeenten,
});

/** Rows of one of the service's own tables, straight from the database. */
export async function rijen<T = Record<string, unknown>>(service: TestService, sql: string, params: unknown[] = []): Promise<T[]> {
  return service.dataSource.query(sql.replaceAll('$schema', `"${service.settings.database.schema}"`), params);
}

export async function eventsVan(service: TestService, signaalId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const events = await rijen<{ payload: { type: string; data: Record<string, unknown> } }>(
    service,
    `SELECT payload FROM $schema.outbox WHERE payload->>'subject' = $1 ORDER BY position`,
    [signaalId],
  );
  return events.map((e) => ({ type: e.payload.type, data: e.payload.data }));
}

/**
 * Runs requests so that they really race: the test holds the signal's row lock while they start,
 * so each gets as far as it can without that lock, then lets them all go at once.
 */
export async function gelijktijdig<T>(service: TestService, signaalId: string, verzoeken: Array<() => Promise<T>>): Promise<T[]> {
  const runner = service.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT id FROM "${service.settings.database.schema}".signaal WHERE id = $1 FOR UPDATE`, [signaalId]);
    const lopend = verzoeken.map((verzoek) => verzoek());
    await new Promise((resolve) => setTimeout(resolve, 500));
    await runner.commitTransaction();
    return await Promise.all(lopend);
  } finally {
    await runner.release();
  }
}
