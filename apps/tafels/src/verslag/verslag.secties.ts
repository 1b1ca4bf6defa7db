import { leesbaarMoment } from '../bijeenkomst/tijd.rules';
import type { DeelnemerRol } from '../tafel/tafel.rules';
import type { Verslagtekst } from './verslag.entity';
import type { Sectie } from './verslag.pdf';
import { tenMet, Verwerking } from './verslag.rules';

const ROL: Record<DeelnemerRol, string> = {
  gemeente: 'de gemeente',
  aanbieder: 'een jeugdhulpaanbieder',
  clientvertegenwoordiger: 'een cliëntvertegenwoordiger',
  jurist: 'een jurist',
  gast: 'een gast',
};

export interface Aanwezige {
  rol: DeelnemerRol;
  /** A professional's name, for readers of the region. */
  naam?: string;
  organisatie?: string | null;
  /** A guest's alias: only for readers who may see it. */
  alias?: string;
}

export interface VerslagInhoud {
  tekst: Verslagtekst;
  status: 'concept' | 'vastgesteld';
  start: Date;
  reactiesTot: Date;
  vastgesteldOp: Date | null;
  /** Set only for readers who may see the meeting's place. */
  plaats?: string | null;
  aanwezigen: readonly Aanwezige[];
  /** Undefined for a reader who may not see remarks. */
  opmerkingen?: ReadonlyArray<{ rol: string; tekst: string; verwerking: Verwerking | null; toelichting: string | null }>;
}

export function markering(v: Pick<VerslagInhoud, 'status' | 'reactiesTot' | 'vastgesteldOp'>): string {
  return v.status === 'concept'
    ? `CONCEPT. Dit verslag is nog niet vastgesteld. Deelnemers kunnen reageren ${tenMet(v.reactiesTot)}.`
    : `VASTGESTELD op ${leesbaarMoment(v.vastgesteldOp as Date).replace(/, .*$/, '')}. Dit is het verslag zoals de gemeente het heeft vastgesteld.`;
}

/** The minutes in plain Dutch (B1): a question per heading, short sentences, no jargon. */
export function verslagSecties(v: VerslagInhoud): Sectie[] {
  const opmerkingen: Sectie = {
    kop: 'Opmerkingen en wat we ermee deden',
    alineas:
      v.opmerkingen === undefined
        ? ['De opmerkingen kunnen alleen de deelnemers aan de tafel lezen.']
        : v.opmerkingen.length === 0
          ? ['Er kwamen geen opmerkingen.']
          : v.opmerkingen.flatMap((o, i) => [
              `${i + 1}. Opmerking van ${ROL[o.rol as DeelnemerRol] ?? o.rol}: ${o.tekst}`,
              o.verwerking
                ? `Wat we ermee deden: ${o.verwerking === 'verwerkt' ? 'we hebben het verslag aangepast' : 'we hebben het verslag niet aangepast'}. ${o.toelichting ?? ''}`.trim()
                : 'Wat we ermee deden: hierop komt nog een antwoord.',
            ]),
  };
  return [
    {
      kop: 'Wanneer en waar?',
      alineas: [`De bijeenkomst begon op ${leesbaarMoment(v.start)}.`, ...(v.plaats ? [`Plaats: ${v.plaats}.`] : [])],
    },
    { kop: 'Wie waren er?', alineas: v.aanwezigen.length ? v.aanwezigen.map(aanwezige) : ['Er is niet vastgelegd wie er was.'] },
    { kop: 'Wat is het probleem?', alineas: alineas(v.tekst.probleem) },
    { kop: 'Wie doet mee?', alineas: alineas(v.tekst.wieMoetMeedoen) },
    { kop: 'Welke stappen zijn nodig?', alineas: alineas(v.tekst.stappen) },
    opmerkingen,
  ];
}

function aanwezige(a: Aanwezige): string {
  const wie = ROL[a.rol].replace(/^./, (c) => c.toUpperCase());
  const extra = [a.naam, a.alias, a.organisatie && a.rol === 'gast' ? `via ${a.organisatie}` : undefined].filter(Boolean);
  return extra.length ? `${wie} (${extra.join(', ')})` : wie;
}

function alineas(tekst: string): string[] {
  return tekst
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter(Boolean);
}
