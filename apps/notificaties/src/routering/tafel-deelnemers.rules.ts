import { CloudEvent, TAFEL_AFGEROND_V1, TafelAfgerondV1 } from '@koers/contracts';
import type { TafelsSchemas } from '@koers/clients';
import { PORTAAL } from './portaal';
import type { Route } from './route';

/**
 * Who hears of what happens to a table as a whole, as tafels has it now
 * (GET /v1/tafels/{id}/ontvangers, for koers-notificaties only): every user at the table, and for
 * guests — who have no e-mail address — the client representative who brought them.
 */
export type TafelOntvangers = TafelsSchemas['TafelOntvangersResponse'];

/** One entry per fact about a table whose participants tafels names: its routes, one per kind of recipient. */
export type DeelnemersRegel = (event: CloudEvent<never>, tafel: TafelOntvangers) => Route[];

function onderwerp(t: TafelOntvangers): string {
  return t.onderwerp.trim().replace(/[.!?;:,\s]+$/, '');
}

export const DEELNEMERS_ROUTERING: Readonly<Record<string, DeelnemersRegel>> = {
  // The table closed with what it learned; the lessons are free text and are read in Koers, never in the message.
  [TAFEL_AFGEROND_V1]: (event, tafel) => {
    const { tafelId } = (event as CloudEvent<TafelAfgerondV1>).data;
    const route = (gasten: boolean): Omit<Route, 'ontvangers'> => ({
      categorie: 'tafels',
      groep: { sleutel: 'tafel-afgerond', naam: 'Afgeronde koerstafels' },
      bericht: {
        titel: `De koerstafel is klaar: ${onderwerp(tafel)}`,
        tekst: [
          `De koerstafel '${onderwerp(tafel)}' is afgerond. Alle afspraken zijn klaar: ze hadden het effect dat de bedoeling was, of ze zijn gestopt met een reden.`,
          'In Koers leest u wat de tafel heeft geleerd: wat werkte, wat niet, en voor wie.',
          gasten ? 'U kreeg de berichten van deze tafel voor een gast die u meebracht. Vertel hem of haar dat de tafel klaar is.' : '',
        ]
          .filter(Boolean)
          .join(' '),
        link: PORTAAL.tafel(tafelId),
        actie: 'Lees wat de tafel heeft geleerd',
      },
    });
    const zonder = tafel.ontvangers.filter((o) => !o.namensGasten).map(({ rol, sub }) => ({ rol: rol as Route['ontvangers'][number]['rol'], sub }));
    const met = tafel.ontvangers.filter((o) => o.namensGasten).map(({ rol, sub }) => ({ rol: rol as Route['ontvangers'][number]['rol'], sub }));
    return [...(zonder.length ? [{ ...route(false), ontvangers: zonder }] : []), ...(met.length ? [{ ...route(true), ontvangers: met }] : [])];
  },
};

export function deelnemersEventTypes(): string[] {
  return Object.keys(DEELNEMERS_ROUTERING);
}
