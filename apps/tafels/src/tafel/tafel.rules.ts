import type { Rol } from '@koers/contracts';
import { Levensloop, Oordeel as LevensloopOordeel, Stap, Statusconflict } from '@koers/domain';

/** Life cycle of a koerstafel (domain.md §3); the steps between the statuses are in OVERGANGEN below. */
export const TAFEL_STATUSSEN = ['voorbereiding', 'gepland', 'gehouden', 'afspraken_vastgelegd', 'monitoring', 'afgerond'] as const;
export type TafelStatus = (typeof TAFEL_STATUSSEN)[number];

/** How a step is taken. */
export type Aanleiding =
  | 'planning' // planning the table's first meeting
  | 'verslag' // the gemeente records the minutes and who attended
  | 'afspraken' // the gemeente records the agreements
  | 'plannen_bevestigd' // monitoring confirmed every agreement's plan
  | 'bijsturen' // a new meeting after monitoring said an agreement did not reach its effect
  | 'afronding'; // the gemeente closes the table with what was learned

/** `behandelaar`: the gemeente user who started the table; `systeem`: Koers itself, on a fact. */
export type Wie = 'behandelaar' | 'systeem';

export type Eis =
  | 'clientzijde' // at least one participant on the client side
  | 'verslag' // the minutes of the meeting
  | 'afspraken' // at least one agreement
  | 'plan_per_afspraak' // every agreement has a monitoring plan
  | 'akkoord_per_afspraak' // every agreement has a jurist's akkoord
  | 'plannen_bevestigd' // monitoring confirmed every plan
  | 'bijsturing_nodig' // an agreement did not reach its effect
  | 'afspraken_beeindigd' // every agreement reached its effect or was ended with a reason
  | 'leerervaringen'; // what was learned

export type Overgang = Stap<TafelStatus, Aanleiding, Wie, Eis>;

/** The life cycle as data: every step a table can take. A step that is not here does not exist. */
export const OVERGANGEN: readonly Overgang[] = [
  { van: 'voorbereiding', naar: 'gepland', aanleiding: 'planning', wie: 'behandelaar', eisen: ['clientzijde'] },
  { van: 'gepland', naar: 'gehouden', aanleiding: 'verslag', wie: 'behandelaar', eisen: ['verslag'] },
  { van: 'gehouden', naar: 'afspraken_vastgelegd', aanleiding: 'afspraken', wie: 'behandelaar', eisen: ['afspraken', 'plan_per_afspraak', 'akkoord_per_afspraak'] },
  { van: 'afspraken_vastgelegd', naar: 'monitoring', aanleiding: 'plannen_bevestigd', wie: 'systeem', eisen: ['plannen_bevestigd'] },
  { van: 'monitoring', naar: 'gepland', aanleiding: 'bijsturen', wie: 'behandelaar', eisen: ['bijsturing_nodig', 'clientzijde'] },
  { van: 'monitoring', naar: 'afgerond', aanleiding: 'afronding', wie: 'behandelaar', eisen: ['afspraken_beeindigd', 'leerervaringen'] },
];

/** Who asks: a person (from the token), or Koers itself. */
export type Actor = { soort: 'persoon'; subject: string; rollen: readonly Rol[] } | { soort: 'systeem' };

/** The table as far as the rules need it. */
export interface TafelToestand {
  status: TafelStatus;
  behandelaarSub: string;
}

/** An agreement as far as the table's steps need it. */
export interface AfspraakStand {
  titel: string;
  plan: boolean;
  akkoord: boolean;
  plannenBevestigd?: boolean;
  afgerond?: boolean;
}

/** The facts the service looked up for the eisen of a step. */
export interface Feiten {
  clientzijde?: number;
  verslag?: boolean;
  afspraken?: readonly AfspraakStand[];
  bijsturingNodig?: boolean;
  leerervaringen?: Leerervaringen;
}

/** What a closed table learned: what worked, what did not, and for whom. */
export interface Leerervaringen {
  watWerkte: string;
  watWerkteNiet: string;
  voorWie: string;
}

export type Oordeel = LevensloopOordeel<TafelStatus, Aanleiding, Wie, Eis>;

const zonder = (afspraken: readonly AfspraakStand[] | undefined, heeft: (a: AfspraakStand) => boolean | undefined) =>
  (afspraken ?? []).filter((a) => !heeft(a)).map((a) => a.titel);

export const TAFEL_LEVENSLOOP = new Levensloop<TafelStatus, Aanleiding, Wie, Eis, TafelToestand, Actor, Feiten>({
  onderwerp: { naam: 'tafel', lidwoord: 'de' },
  statussen: TAFEL_STATUSSEN,
  stappen: OVERGANGEN,
  aanleidingen: {
    planning: 'door de eerste bijeenkomst te plannen via POST /v1/tafels/{id}/bijeenkomsten',
    verslag: 'door het verslag van de bijeenkomst vast te leggen',
    afspraken: 'door de afspraken vast te leggen',
    plannen_bevestigd: 'vanzelf, zodra monitoring elk monitoringplan heeft bevestigd',
    bijsturen: 'door een nieuwe bijeenkomst te plannen via POST /v1/tafels/{id}/bijeenkomsten, nadat een afspraak haar effect niet bereikte',
    afronding: 'door de tafel af te ronden met de leerervaringen',
  },
  wie: {
    behandelaar: {
      omschrijving: 'de behandelaar van de tafel',
      mag: (tafel, actor) => actor.soort === 'persoon' && actor.rollen.includes('gemeente') && actor.subject === tafel.behandelaarSub,
    },
    systeem: { omschrijving: 'Koers zelf', mag: (_tafel, actor) => actor.soort === 'systeem' },
  },
  eisen: {
    clientzijde: {
      omschrijving: 'ten minste één deelnemer aan cliëntzijde (een cliëntvertegenwoordiger of een gast)',
      voldaan: (feiten) => (feiten.clientzijde ?? 0) > 0,
    },
    verslag: { omschrijving: 'het verslag van de bijeenkomst', voldaan: (feiten) => feiten.verslag === true },
    afspraken: { omschrijving: 'ten minste één afspraak', voldaan: (feiten) => (feiten.afspraken ?? []).length > 0 },
    plan_per_afspraak: {
      omschrijving: 'een monitoringplan bij elke afspraak',
      ontbreekt: (feiten) => zonder(feiten.afspraken, (a) => a.plan).map((titel) => `een monitoringplan bij afspraak '${titel}'`),
    },
    akkoord_per_afspraak: {
      omschrijving: 'een akkoord van een jurist bij elke afspraak',
      ontbreekt: (feiten) => zonder(feiten.afspraken, (a) => a.akkoord).map((titel) => `een akkoord van een jurist bij afspraak '${titel}'`),
    },
    plannen_bevestigd: {
      omschrijving: 'een bevestigd monitoringplan bij elke afspraak',
      ontbreekt: (feiten) => zonder(feiten.afspraken, (a) => a.plannenBevestigd).map((titel) => `een bevestigd monitoringplan bij afspraak '${titel}'`),
    },
    bijsturing_nodig: { omschrijving: 'een afspraak die haar effect niet bereikte', voldaan: (feiten) => feiten.bijsturingNodig === true },
    afspraken_beeindigd: {
      omschrijving: 'elke afspraak met effect bereikt of beëindigd met een reden',
      ontbreekt: (feiten) => zonder(feiten.afspraken, (a) => a.afgerond).map((titel) => `effect bereikt of een reden om te stoppen bij afspraak '${titel}'`),
    },
    leerervaringen: {
      omschrijving: 'de leerervaringen',
      veld: { naam: 'leerervaringen', reden: 'een tafel afronden vraagt om de leerervaringen: wat werkte, wat niet, en voor wie' },
      voldaan: ({ leerervaringen: l }) => Boolean(l?.watWerkte.trim() && l.watWerkteNiet.trim() && l.voorWie.trim()),
    },
  },
});

export function volgendeStappen(status: TafelStatus): readonly Overgang[] {
  return TAFEL_LEVENSLOOP.volgendeStappen(status);
}

/** Judges one step against the table: the service refuses everything that is not `toegestaan`. */
export function beoordeel(tafel: TafelToestand, naar: TafelStatus, aanleiding: Aanleiding, actor: Actor, feiten: Feiten = {}): Oordeel {
  return TAFEL_LEVENSLOOP.beoordeel(tafel, naar, aanleiding, actor, feiten);
}

/** A closed table is a record of what was done and learned: nothing on it changes any more. */
export function weigerAfgerond(status: TafelStatus, wat: string): void {
  if (status !== 'afgerond') return;
  throw new Statusconflict(`De tafel heeft status 'afgerond'; ${wat}.`, status, ['een tafel die niet is afgerond']);
}

/** The roles at the table of users of the region; guests take part through a client organisation. */
export const DEELNEMER_ROLLEN = ['gemeente', 'aanbieder', 'clientvertegenwoordiger', 'jurist'] as const;
export type DeelnemerRol = (typeof DEELNEMER_ROLLEN)[number] | 'gast';

/** The client side of the table: "Uitgangspunt is dat inwoners, cliënten, cliëntvertegenwoordigers en/of ouders worden betrokken." */
export function isClientzijde(rol: DeelnemerRol): boolean {
  return rol === 'clientvertegenwoordiger' || rol === 'gast';
}
