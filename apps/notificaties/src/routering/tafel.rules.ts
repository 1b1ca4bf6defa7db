import { CloudEvent, TAFEL_BIJSTURING_NODIG_V1, TafelBijsturingNodigV1 } from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { RouteRegel } from './route';

/**
 * An agreement of a table did not reach its effect → the gemeente users of the region. The event
 * names no people, and the gemeente is who plans the new meeting to steer; the table's other
 * participants hear of it through the invitation to that meeting (bijeenkomst.rules.ts).
 */
export const TAFEL_STAPPEN: Readonly<Record<string, RouteRegel>> = {
  [TAFEL_BIJSTURING_NODIG_V1]: (event) => {
    const bijsturing = (event as CloudEvent<TafelBijsturingNodigV1>).data;
    const aantal = bijsturing.afspraakIds.length;
    const welke = aantal === 1 ? 'Eén afspraak heeft' : `${aantal} afspraken hebben`;
    return {
      categorie: 'tafels',
      groep: { sleutel: 'tafel-bijsturen', naam: 'Koerstafels die moeten bijsturen' },
      ontvangers: [{ rol: 'gemeente' }],
      bericht: {
        titel: 'Een afspraak van een koerstafel werkt nog niet zoals bedoeld',
        tekst:
          `Koers heeft gekeken of de afspraken van een koerstafel in uw regio het effect hebben dat de bedoeling was. ${welke} dat effect niet bereikt. ` +
          'Daarom moet de tafel bijsturen: samen bespreken wat er anders moet, en de afspraken aanpassen of nieuwe maken. ' +
          'De behandelaar van de tafel kan daarvoor in Koers een nieuwe bijeenkomst plannen.',
        link: PORTAAL.tafel(bijsturing.tafelId),
        actie: 'Bekijk de koerstafel',
      },
    };
  },
};
