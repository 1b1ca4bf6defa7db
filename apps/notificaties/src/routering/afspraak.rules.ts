import {
  AFSPRAAK_DEADLINE_VERSTREKEN_V1,
  AFSPRAAK_GETOETST_V1,
  AFSPRAAK_OPGESTELD_V1,
  AfspraakDeadlineVerstrekenV1,
  AfspraakGetoetstV1,
  AfspraakOpgesteldV1,
  AfspraakSoort,
  CloudEvent,
} from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { RouteRegel } from './route';
import { DATUM_IN_WOORDEN, gemeentenamen } from './taal';

/** What a kind of agreement is, in words. */
export const SOORT_IN_WOORDEN: Readonly<Record<AfspraakSoort, string>> = {
  contractaanpassing: 'een aanpassing van een contract',
  deskundigheidsbevordering: 'een afspraak om kennis en kunde te vergroten',
  werkafspraak: 'een werkafspraak',
  pilot: 'een pilot',
  outcomecriterium: 'een afspraak over wat de jeugdhulp moet opleveren',
  overig: 'een afspraak',
};

/**
 * A drafted agreement → the region's jurists, who check that it fits the law and respects the
 * rights of young people and parents before it can be recorded — all but the jurists of the
 * organisation that carries it out, who may not check their own agreement.
 */
export const AFSPRAAK_STAPPEN: Readonly<Record<string, RouteRegel>> = {
  [AFSPRAAK_OPGESTELD_V1]: (event, namen) => {
    const afspraak = (event as CloudEvent<AfspraakOpgesteldV1>).data;
    const voor = afspraak.voorDeHeleRegio ? 'de hele regio' : gemeentenamen(namen, afspraak.gemeenten);
    const gewijzigd = afspraak.versie > 1 ? ' Het is een gewijzigde versie van een afspraak die u misschien al kent.' : '';
    return {
      categorie: 'toetsing',
      groep: { sleutel: 'afspraak-toetsen', naam: 'Afspraken om te toetsen' },
      ontvangers: [{ rol: 'jurist', behalveOrganisatie: afspraak.eigenaar }],
      bericht: {
        titel: 'Toets een nieuwe afspraak van een koerstafel',
        tekst:
          `Aan een koerstafel in uw regio is ${SOORT_IN_WOORDEN[afspraak.soort]} opgesteld, voor ${voor}. ` +
          `De afspraak moet klaar zijn op ${DATUM_IN_WOORDEN.format(new Date(`${afspraak.deadline}T00:00:00Z`))}.${gewijzigd} ` +
          'Voordat de afspraak vastligt, kijkt een jurist of zij past binnen de wet en de rechten van jongeren en ouders respecteert. ' +
          'Lees de afspraak en geef in Koers uw akkoord, of uw bezwaar met de reden.',
        link: PORTAAL.afspraak(afspraak.tafelId, afspraak.afspraakId),
        actie: 'Toets de afspraak',
      },
    };
  },
  /**
   * A jurist's verdict → the gemeente users of the region, who carry the table. The event carries
   * neither the behandelaar nor the reason of a bezwaar (free text stays in tafels): they read it in Koers.
   */
  [AFSPRAAK_GETOETST_V1]: (event) => {
    const toetsing = (event as CloudEvent<AfspraakGetoetstV1>).data;
    const akkoord = toetsing.oordeel === 'akkoord';
    return {
      categorie: 'tafels',
      groep: { sleutel: 'afspraak-getoetst', naam: 'Uitkomsten van de toetsing van afspraken' },
      ontvangers: [{ rol: 'gemeente' }],
      bericht: akkoord
        ? {
            titel: 'Een jurist gaf akkoord op een afspraak van een koerstafel',
            tekst:
              'Een jurist heeft een afspraak van een koerstafel in uw regio getoetst en gaf akkoord: de afspraak past binnen de wet en respecteert de rechten van jongeren en ouders. ' +
              'Met dit akkoord en een monitoringplan kan de afspraak worden vastgelegd.',
            link: PORTAAL.afspraak(toetsing.tafelId, toetsing.afspraakId),
            actie: 'Bekijk de afspraak',
          }
        : {
            titel: 'Een jurist heeft bezwaar tegen een afspraak van een koerstafel',
            tekst:
              'Een jurist heeft een afspraak van een koerstafel in uw regio getoetst en heeft bezwaar. Zo kan de afspraak nog niet worden vastgelegd. ' +
              'Lees de reden in Koers en pas de afspraak samen met de tafel aan.',
            link: PORTAAL.afspraak(toetsing.tafelId, toetsing.afspraakId),
            actie: 'Lees de reden',
          },
    };
  },
  /**
   * A recorded agreement's deadline passed without the owner reporting it carried out or stopped →
   * the owner's people, who report how it stands, and the table's behandelaar, who follows it up.
   */
  [AFSPRAAK_DEADLINE_VERSTREKEN_V1]: (event, namen) => {
    const termijn = (event as CloudEvent<AfspraakDeadlineVerstrekenV1>).data;
    const datum = DATUM_IN_WOORDEN.format(new Date(`${termijn.deadline}T00:00:00Z`));
    return {
      categorie: 'tafels',
      groep: { sleutel: 'afspraak-deadline', naam: 'Afspraken over hun deadline' },
      ontvangers: [
        { rol: 'aanbieder', organisatie: termijn.eigenaar },
        { rol: 'gemeente', sub: termijn.behandelaar },
      ],
      bericht: {
        titel: 'Een afspraak van een koerstafel is over haar deadline',
        tekst:
          `De afspraak voor ${gemeentenamen(namen, termijn.gemeenten)} moest op ${datum} klaar zijn. In Koers staat nog niet dat zij is uitgevoerd of gestopt. ` +
          'Meld in Koers hoe het ermee staat: uitgevoerd, nog bezig, of gestopt met de reden.',
        link: PORTAAL.afspraak(termijn.tafelId, termijn.afspraakId),
        actie: 'Meld hoe het staat',
      },
    };
  },
};
