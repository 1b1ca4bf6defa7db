import { AFSPRAAK_OVERNAME_AANGEBODEN_V1, AfspraakOvernameAangebodenV1, CloudEvent } from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { RouteRegel } from './route';
import { gemeentenamen } from './taal';

/**
 * An agreement for one gemeente reached its effect → the gemeente users of each gemeente it is
 * offered to (seed 002: "successen worden sneller integraal overgenomen"), never the succeeding
 * gemeente's. The event carries no description; the link leads to the offer, where it is read.
 */
export const OVERNAME_STAPPEN: Readonly<Record<string, RouteRegel>> = {
  [AFSPRAAK_OVERNAME_AANGEBODEN_V1]: (event, namen) => {
    const aanbod = (event as CloudEvent<AfspraakOvernameAangebodenV1>).data;
    return {
      categorie: 'tafels',
      groep: { sleutel: 'overname-aangeboden', naam: 'Afspraken die uw gemeente kan overnemen' },
      ontvangers: aanbod.aangebodenAan.map((gemeente) => ({ rol: 'gemeente', gemeente })),
      bericht: {
        titel: 'Een afspraak die werkt: neemt uw gemeente haar over?',
        tekst:
          `Een afspraak van een koerstafel voor ${gemeentenamen(namen, aanbod.gemeenten)} heeft het effect bereikt dat de bedoeling was. ` +
          'Uw gemeente kan deze afspraak overnemen, met een eigen deadline en een eigen monitoringplan. ' +
          'Lees de afspraak en laat weten of u haar overneemt. Neemt u haar niet over, schrijf dan waarom: daar leert de regio van.',
        link: PORTAAL.overname(aanbod.afspraakId),
        actie: 'Bekijk de afspraak',
      },
    };
  },
};
