/**
 * What went wrong with a call, in the words a person needs: every failure of the API (problem+json,
 * RFC 9457), the proxy or the network becomes one of these kinds, and a screen shows it.
 */
export type KoersFout =
  | { soort: 'geen-verbinding' }
  | { soort: 'sessie-verlopen' }
  | { soort: 'dienst-onbereikbaar'; dienst: string }
  | { soort: 'geen-toegang'; detail: string }
  | { soort: 'niet-gevonden'; detail: string }
  | { soort: 'ongeldig'; detail: string; velden: Record<string, string> }
  | { soort: 'conflict'; detail: string }
  | { soort: 'onbekend'; status: number; detail: string };

interface Probleem {
  title?: string;
  detail?: string;
  invalidParams?: Array<{ name: string; reason: string; code?: string }>;
}

export class KoersFoutError extends Error {
  constructor(readonly fout: KoersFout) {
    super(fout.soort);
  }
}

/** Field name → Dutch reason, from problem+json `invalidParams`; several reasons for a field are joined. */
export function veldfouten(probleem: Probleem | undefined): Record<string, string> {
  const velden: Record<string, string> = {};
  for (const { name, reason } of probleem?.invalidParams ?? []) {
    velden[name] = velden[name] ? `${velden[name]}; ${reason}` : reason;
  }
  return velden;
}

export function foutUitAntwoord(dienst: string, response: Response, body: unknown): KoersFout {
  const probleem = isProbleem(response, body) ? (body as Probleem) : undefined;
  const detail = probleem?.detail ?? probleem?.title ?? '';
  switch (response.status) {
    case 401:
      return { soort: 'sessie-verlopen' };
    case 403:
      return { soort: 'geen-toegang', detail };
    case 404:
      return { soort: 'niet-gevonden', detail };
    case 400:
    case 422:
      return { soort: 'ongeldig', detail, velden: veldfouten(probleem) };
    case 409:
      return { soort: 'conflict', detail };
  }
  // The proxy answers 5xx without problem+json when the service does not answer at all.
  if (response.status >= 500 && !probleem) return { soort: 'dienst-onbereikbaar', dienst };
  if (response.status === 503) return { soort: 'dienst-onbereikbaar', dienst };
  return { soort: 'onbekend', status: response.status, detail };
}

/** A fetch that never reached a server (offline, DNS, connection refused by the portal itself). */
export function foutUitUitzondering(dienst: string, error: unknown): KoersFout {
  if (error instanceof KoersFoutError) return error.fout;
  if (error instanceof TypeError) return { soort: 'geen-verbinding' };
  return { soort: 'onbekend', status: 0, detail: error instanceof Error ? error.message : String(error) };
}

function isProbleem(response: Response, body: unknown): boolean {
  return (response.headers.get('content-type') ?? '').includes('json') && typeof body === 'object' && body !== null;
}
