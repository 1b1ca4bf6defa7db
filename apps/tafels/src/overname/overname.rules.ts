import { Levensloop, Oordeel as LevensloopOordeel, Stap } from '@koers/domain';
import type { Actor, AfspraakStatus } from '../afspraak/afspraak.rules';

/**
 * An offer to take a successful agreement over (seed 002: "Elke gemeente blijft een eigen koers
 * behouden, maar successen worden sneller integraal overgenomen"): one per other gemeente of the
 * region, `open` until a gemeente user of that gemeente answers — once.
 */
export const OVERNAME_STATUSSEN = ['open', 'overgenomen', 'afgeslagen'] as const;
export type OvernameStatus = (typeof OVERNAME_STATUSSEN)[number];

export type OvernameAanleiding = 'antwoord';
export type OvernameWie = 'aangeboden_gemeente';
export type OvernameEis = 'deadline' | 'reden';

export interface OvernameToestand {
  status: OvernameStatus;
  /** The gemeente the offer was made to (CBS code). */
  gemeente: string;
}

export interface OvernameFeiten {
  deadline?: string;
  reden?: string;
}

export const OVERNAME_OVERGANGEN: readonly Stap<OvernameStatus, OvernameAanleiding, OvernameWie, OvernameEis>[] = [
  { van: 'open', naar: 'overgenomen', aanleiding: 'antwoord', wie: 'aangeboden_gemeente', eisen: ['deadline'] },
  { van: 'open', naar: 'afgeslagen', aanleiding: 'antwoord', wie: 'aangeboden_gemeente', eisen: ['reden'] },
];

export const OVERNAME_LEVENSLOOP = new Levensloop<OvernameStatus, OvernameAanleiding, OvernameWie, OvernameEis, OvernameToestand, Actor, OvernameFeiten>({
  onderwerp: { naam: 'aanbod tot overname', lidwoord: 'het', voornaamwoord: 'het' },
  statussen: OVERNAME_STATUSSEN,
  stappen: OVERNAME_OVERGANGEN,
  aanleidingen: { antwoord: 'door het aanbod te beantwoorden (POST /v1/overnames/{id}/antwoord)' },
  wie: {
    aangeboden_gemeente: {
      omschrijving: 'een gebruiker van de gemeente die het aanbod kreeg',
      mag: (overname, actor) => actor.soort === 'persoon' && actor.rollen.includes('gemeente') && actor.gemeente === overname.gemeente,
    },
  },
  eisen: {
    deadline: {
      omschrijving: 'de deadline voor de eigen gemeente',
      veld: { naam: 'deadline', reden: 'wie een afspraak overneemt, kiest de deadline voor de eigen gemeente' },
      voldaan: (feiten) => Boolean(feiten.deadline?.trim()),
    },
    reden: {
      omschrijving: 'de reden om af te slaan',
      veld: { naam: 'reden', reden: 'wie een aanbod afslaat, zegt waarom (de regio leert ervan)' },
      voldaan: (feiten) => Boolean(feiten.reden?.trim()),
    },
  },
});

export type OvernameOordeel = LevensloopOordeel<OvernameStatus, OvernameAanleiding, OvernameWie, OvernameEis>;

/** The agreement as far as offering it needs. */
export interface AanTeBiedenAfspraak {
  status: AfspraakStatus;
  gemeenten: readonly string[];
  voorDeHeleRegio: boolean;
  overgenomenVanId: string | null;
}

export type Aanbieding = { aanbieden: true; aan: string[] } | { aanbieden: false; waarom: 'voor_de_hele_regio' | 'zelf_overgenomen' | 'niet_lopend' | 'geen_andere_gemeenten' };

/**
 * To whom a successful agreement is offered: the region's other gemeenten (from tafels' copy of the
 * region register), in the register's order. Not an agreement for the whole region (there is nobody
 * left), not an agreement that was itself taken over (its original was offered to every gemeente
 * already), and only a recorded agreement that still counts (`vastgelegd` or `uitgevoerd`).
 */
export function aanbieding(afspraak: AanTeBiedenAfspraak, gemeentenVanDeRegio: readonly string[]): Aanbieding {
  if (afspraak.voorDeHeleRegio) return { aanbieden: false, waarom: 'voor_de_hele_regio' };
  if (afspraak.overgenomenVanId) return { aanbieden: false, waarom: 'zelf_overgenomen' };
  if (afspraak.status !== 'vastgelegd' && afspraak.status !== 'uitgevoerd') return { aanbieden: false, waarom: 'niet_lopend' };
  const aan = gemeentenVanDeRegio.filter((g) => !afspraak.gemeenten.includes(g));
  return aan.length ? { aanbieden: true, aan } : { aanbieden: false, waarom: 'geen_andere_gemeenten' };
}
