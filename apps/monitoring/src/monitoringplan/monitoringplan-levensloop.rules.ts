import { Levensloop, Stap } from '@koers/domain';

/**
 * Life cycle of a monitoring plan (domain.md §3, §6): made (`lopend`), confirmed when its agreement
 * is recorded (`bevestigd`), judged on its evaluation date (`geevalueerd`). A pilot's plan is not
 * confirmed by anything yet and is judged from `lopend`. The plan of a concept agreement that tafels
 * dropped lapses (`vervallen`): its subject no longer exists, so there is nothing to judge.
 */
export const MONITORINGPLAN_STATUSSEN = ['lopend', 'bevestigd', 'geevalueerd', 'vervallen'] as const;
export type MonitoringplanStatus = (typeof MONITORINGPLAN_STATUSSEN)[number];

export type Aanleiding =
  | 'afspraak_vastgelegd' // nl.koers.tafels.afspraak.vastgelegd.v1 names the plan
  | 'evaluatiedatum' // the due work on the plan's evaluation date
  | 'afspraak_ingetrokken'; // nl.koers.tafels.afspraak.ingetrokken.v1: the concept agreement was dropped

export type Wie = 'systeem';

export type Eis = 'plan_van_afspraak'; // the agreement of the fact is the plan's own subject

/** The plan as far as its steps need it. */
export interface PlanToestand {
  status: MonitoringplanStatus;
  onderwerpSoort: 'afspraak' | 'pilot';
  onderwerpId: string;
}

export interface Feiten {
  /** The agreement the fact is about (recorded, or dropped). */
  afspraakId?: string;
}

export type Overgang = Stap<MonitoringplanStatus, Aanleiding, Wie, Eis>;

export const OVERGANGEN: readonly Overgang[] = [
  { van: 'lopend', naar: 'bevestigd', aanleiding: 'afspraak_vastgelegd', wie: 'systeem', eisen: ['plan_van_afspraak'] },
  { van: 'lopend', naar: 'geevalueerd', aanleiding: 'evaluatiedatum', wie: 'systeem', eisen: [] },
  { van: 'bevestigd', naar: 'geevalueerd', aanleiding: 'evaluatiedatum', wie: 'systeem', eisen: [] },
  { van: 'lopend', naar: 'vervallen', aanleiding: 'afspraak_ingetrokken', wie: 'systeem', eisen: ['plan_van_afspraak'] },
];

/** Only Koers itself moves a plan, on a fact or a date. */
export type Actor = { soort: 'systeem' };
export const SYSTEEM: Actor = { soort: 'systeem' };

export const MONITORINGPLAN_LEVENSLOOP = new Levensloop<MonitoringplanStatus, Aanleiding, Wie, Eis, PlanToestand, Actor, Feiten>({
  onderwerp: { naam: 'monitoringplan', lidwoord: 'het' },
  statussen: MONITORINGPLAN_STATUSSEN,
  stappen: OVERGANGEN,
  aanleidingen: {
    afspraak_vastgelegd: 'vanzelf, zodra tafels de afspraak van het plan vastlegt',
    evaluatiedatum: 'vanzelf, op de evaluatiedatum',
    afspraak_ingetrokken: 'vanzelf, zodra tafels de afspraak van het plan intrekt',
  },
  wie: { systeem: { omschrijving: 'Koers zelf', mag: (_plan, actor) => actor.soort === 'systeem' } },
  eisen: {
    plan_van_afspraak: {
      omschrijving: 'een afspraak die het onderwerp van dit plan is',
      voldaan: (feiten, plan) => plan.onderwerpSoort === 'afspraak' && feiten.afspraakId === plan.onderwerpId,
    },
  },
});
