import { CloudEvent, VERSLAG_REACTIETERMIJN_VERSTREKEN_V1, VerslagReactietermijnVerstrekenV1 } from '@koers/contracts';
import { VERSLAGEN } from './bijeenkomst.rules';
import { PORTAAL } from './portaal';
import type { RouteRegel } from './route';

/** The remark term of concept minutes is over → the table's behandelaar, who adopts them, answering every remark. */
export const VERSLAG_STAPPEN: Readonly<Record<string, RouteRegel>> = {
  [VERSLAG_REACTIETERMIJN_VERSTREKEN_V1]: (event) => {
    const termijn = (event as CloudEvent<VerslagReactietermijnVerstrekenV1>).data;
    const opmerkingen =
      termijn.opmerkingen === 0
        ? 'Niemand heeft een opmerking gemaakt.'
        : `Er ${termijn.opmerkingen === 1 ? 'is 1 opmerking' : `zijn ${termijn.opmerkingen} opmerkingen`} gemaakt. Schrijf bij elke opmerking wat u ermee heeft gedaan.`;
    return {
      categorie: 'tafels',
      groep: VERSLAGEN,
      ontvangers: [{ rol: 'gemeente', sub: termijn.behandelaar }],
      bericht: {
        titel: 'Stel het verslag vast: de tijd om te reageren is voorbij',
        tekst: `De deelnemers aan de koerstafel konden tot nu reageren op het conceptverslag. ${opmerkingen} Daarna stelt u het verslag vast.`,
        link: PORTAAL.bijeenkomst(termijn.tafelId, termijn.bijeenkomstId),
        actie: 'Stel het verslag vast',
      },
    };
  },
};
