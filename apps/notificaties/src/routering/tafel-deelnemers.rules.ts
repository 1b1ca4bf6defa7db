import { CloudEvent, TAFEL_AFGEROND_V1, TAFEL_BIJSTURING_NODIG_V1, TafelAfgerondV1, TafelBijsturingNodigV1 } from '@koers/contracts';
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

/**
 * An agreement of a table did not reach its effect → the gemeente users of the region, who plan the
 * new meeting to steer, and the people at the table; who brought a guest is asked to pass it on.
 */
const bijsturingNodig: DeelnemersRegel = (event, tafel) => {
  const bijsturing = (event as CloudEvent<TafelBijsturingNodigV1>).data;
  const aantal = bijsturing.afspraakIds.length;
  const welke = aantal === 1 ? 'Eén afspraak heeft' : `${aantal} afspraken hebben`;
  const route = (gasten: boolean): Omit<Route, 'ontvangers'> => ({
    categorie: 'tafels',
    groep: { sleutel: 'tafel-bijsturen', naam: 'Koerstafels die moeten bijsturen' },
    bericht: {
      titel: 'Een afspraak van een koerstafel werkt nog niet zoals bedoeld',
      tekst: [
        `Koers heeft gekeken of de afspraken van een koerstafel in uw regio het effect hebben dat de bedoeling was. ${welke} dat effect niet bereikt.`,
        'Daarom moet de tafel bijsturen: samen bespreken wat er anders moet, en de afspraken aanpassen of nieuwe maken.',
        'De behandelaar van de tafel kan daarvoor in Koers een nieuwe bijeenkomst plannen.',
        gasten ? 'U krijgt dit bericht voor een gast die u meebracht. Vertel hem of haar dat de tafel gaat bijsturen.' : '',
      ]
        .filter(Boolean)
        .join(' '),
      link: PORTAAL.tafel(bijsturing.tafelId),
      actie: 'Bekijk de koerstafel',
    },
  });
  const zonder = tafel.ontvangers.filter((o) => !o.namensGasten).map(({ rol, sub }) => ({ rol: rol as Route['ontvangers'][number]['rol'], sub }));
  const met = tafel.ontvangers.filter((o) => o.namensGasten).map(({ rol, sub }) => ({ rol: rol as Route['ontvangers'][number]['rol'], sub }));
  return [{ ...route(false), ontvangers: [{ rol: 'gemeente' }, ...zonder] }, ...(met.length ? [{ ...route(true), ontvangers: met }] : [])];
};

export const DEELNEMERS_ROUTERING: Readonly<Record<string, DeelnemersRegel>> = {
  [TAFEL_BIJSTURING_NODIG_V1]: bijsturingNodig,
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
