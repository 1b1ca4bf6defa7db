import { Datum, Levensloop, naWerkdagen, nederlandseDatum, Statusconflict } from '@koers/domain';
import type { Actor } from '../tafel/tafel.rules';
import { leesbaarMoment, leesTijdstip } from '../bijeenkomst/tijd.rules';

/** Minutes go out as a concept; the gemeente adopts them once the remark term is over and every remark has its answer. */
export const VERSLAG_STATUSSEN = ['concept', 'vastgesteld'] as const;
export type VerslagStatus = (typeof VERSLAG_STATUSSEN)[number];

export const VERWERKINGEN = ['verwerkt', 'niet_verwerkt'] as const;
export type Verwerking = (typeof VERWERKINGEN)[number];

export interface VerslagToestand {
  status: VerslagStatus;
  behandelaarSub: string;
  reactiesTot: Date;
}

/** A remark as far as adoption needs it. */
export interface OpmerkingStand {
  id: string;
  tekst: string;
  beantwoord: boolean;
}

export interface VaststellingFeiten {
  nu: Date;
  opmerkingen: readonly OpmerkingStand[];
}

export const VERSLAG_LEVENSLOOP = new Levensloop<VerslagStatus, 'vaststellen', 'behandelaar', 'termijn_verstreken' | 'opmerkingen_beantwoord', VerslagToestand, Actor, VaststellingFeiten>({
  onderwerp: { naam: 'verslag', lidwoord: 'het' },
  statussen: VERSLAG_STATUSSEN,
  stappen: [{ van: 'concept', naar: 'vastgesteld', aanleiding: 'vaststellen', wie: 'behandelaar', eisen: ['termijn_verstreken', 'opmerkingen_beantwoord'] }],
  aanleidingen: { vaststellen: 'via POST /v1/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag/vaststelling' },
  wie: {
    behandelaar: {
      omschrijving: 'de behandelaar van de tafel',
      mag: (v, actor) => actor.soort === 'persoon' && actor.rollen.includes('gemeente') && actor.subject === v.behandelaarSub,
    },
  },
  eisen: {
    termijn_verstreken: {
      omschrijving: 'het einde van de reactietermijn',
      ontbreekt: (feiten, verslag) => (feiten.nu.getTime() >= verslag.reactiesTot.getTime() ? [] : [`het einde van de reactietermijn (${tenMet(verslag.reactiesTot)})`]),
    },
    opmerkingen_beantwoord: {
      omschrijving: 'een antwoord op elke opmerking',
      ontbreekt: (feiten) => feiten.opmerkingen.filter((o) => !o.beantwoord).map((o) => `een antwoord op opmerking ${o.id} (‘${kort(o.tekst)}’)`),
    },
  },
});

/**
 * The remark term: `werkdagen` working days after the day the minutes were recorded (that day does
 * not count, as in the Awb), to the end of the last one in Dutch time. `tot` is the first instant
 * after it.
 */
export function reactietermijn(vastgelegdOp: Date, werkdagen: number): { laatsteDag: Datum; tot: Date } {
  const laatsteDag = naWerkdagen(nederlandseDatum(vastgelegdOp), werkdagen);
  const volgendeDag = new Date(Date.parse(`${laatsteDag}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const middernacht = leesTijdstip(`${volgendeDag}T00:00`);
  if (middernacht.soort !== 'moment') throw new Error(`no midnight on ${volgendeDag}`);
  return { laatsteDag, tot: middernacht.moment };
}

/** The last day of the term, for people: "tot en met dinsdag 8 december 2026". */
export function tenMet(tot: Date): string {
  return `tot en met ${leesbaarMoment(new Date(tot.getTime() - 1)).replace(/, .*$/, '')}`;
}

/** Remarks are sent on a concept, within the term. */
export function weigerOpmerkingBuitenTermijn(verslag: Pick<VerslagToestand, 'status' | 'reactiesTot'>, nu: Date): void {
  if (verslag.status !== 'concept') {
    throw new Statusconflict(`Het verslag heeft status '${verslag.status}'; opmerkingen kunnen alleen op een conceptverslag.`, verslag.status, ["een verslag met status 'concept'"]);
  }
  if (nu.getTime() >= verslag.reactiesTot.getTime()) {
    throw new Statusconflict(
      `De reactietermijn is voorbij: opmerkingen konden ${tenMet(verslag.reactiesTot)}.`,
      verslag.status,
      [`een opmerking binnen de reactietermijn (${tenMet(verslag.reactiesTot)})`],
    );
  }
}

function kort(tekst: string): string {
  const enkel = tekst.replace(/\s+/g, ' ').trim();
  return enkel.length > 40 ? `${enkel.slice(0, 39)}…` : enkel;
}
