import { consentClient, monitoringClient, notificatiesClient, pilotsClient, signalenClient, tafelsClient } from '@koers/clients';
import { foutUitAntwoord, foutUitUitzondering, KoersFoutError } from './fout';

/**
 * The generated client of every service (libs/clients), each through the portal's own origin: the
 * proxy of vite.config.ts forwards `/api/<dienst>/…` to the service. The token is the person's.
 */
export function maakClients(token: () => string | Promise<string>, origin = window.location.origin) {
  const via = (dienst: string) => ({ baseUrl: `${origin}/api/${dienst}`, token });
  return {
    signalen: signalenClient(via('signalen')),
    tafels: tafelsClient(via('tafels')),
    pilots: pilotsClient(via('pilots')),
    consent: consentClient(via('consent')),
    monitoring: monitoringClient(via('monitoring')),
    notificaties: notificatiesClient(via('notificaties')),
  };
}

export type Clients = ReturnType<typeof maakClients>;
export type Dienst = keyof Clients;

/** Awaits one call of a generated client: its data, or a KoersFoutError saying what went wrong. */
export async function roep<T>(dienst: Dienst, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new KoersFoutError(foutUitUitzondering(dienst, error));
  }
  if (result.error !== undefined || !result.response.ok) throw new KoersFoutError(foutUitAntwoord(dienst, result.response, result.error));
  return result.data as T;
}
