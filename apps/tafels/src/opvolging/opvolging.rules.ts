import type { MonitoringSchemas } from '@koers/clients';
import type { MonitoringOordeel } from '@koers/contracts';
import type { Afspraak } from '../afspraak/afspraak.entity';
import { isHuidig } from '../afspraak/afspraak.rules';

/** A plan's standing as monitoring gives it to the viewer: small numbers already suppressed for them. */
export interface Planstand {
  monitoringplanId: string;
  status: string;
  stand?: MonitoringSchemas['PlanStandResponse'];
}

/** Whether the figures could be read: `geen_plan` when monitoring knows no plan for the agreement (yet). */
export type Cijferstand = 'beschikbaar' | 'onbeschikbaar' | 'geen_plan';

export interface Opvolging {
  afspraakId: string;
  eigenaar: string;
  status: Afspraak['status'];
  voortgang?: string;
  stopreden?: string;
  deadline: string;
  teLaat: boolean;
  dagenTeLaat?: number;
  oordeel?: MonitoringOordeel;
  geevalueerdOp?: string;
  cijfers: Cijferstand;
  plan?: Planstand;
  /** What monitoring still misses for a verdict (which gemeente, which baseline or period). */
  ontbrekend: string[];
}

type Volgbaar = Pick<Afspraak, 'id' | 'eigenaar' | 'status' | 'voortgang' | 'stopreden' | 'deadline' | 'oordeel' | 'geevalueerdOp'>;

/** Carried out or stopped: its deadline no longer runs. */
export function isAfgehandeld(afspraak: Pick<Afspraak, 'status' | 'voortgang'>): boolean {
  return afspraak.status === 'uitgevoerd' || afspraak.status === 'gestopt' || afspraak.voortgang === 'uitgevoerd' || afspraak.voortgang === 'gestopt';
}

/**
 * Past its deadline: the deadline (a date) lies before today in the Netherlands, and the owner has
 * not reported it carried out or stopped. The deadline day itself is still in time.
 */
export function dagenTeLaat(afspraak: Pick<Afspraak, 'deadline' | 'status' | 'voortgang'>, vandaag: string): number {
  if (isAfgehandeld(afspraak) || afspraak.deadline >= vandaag) return 0;
  return Math.round((Date.parse(`${vandaag}T00:00:00Z`) - Date.parse(`${afspraak.deadline}T00:00:00Z`)) / 86_400_000);
}

/**
 * The follow-up of each current agreement of a table: progress, deadline, the verdict kept and the
 * figures as monitoring showed them to the viewer. `plannen` is null when monitoring could not be
 * read; the view then answers with the figures marked `onbeschikbaar`.
 */
export function opvolgingVan(afspraken: readonly Volgbaar[], vandaag: string, plannen: ReadonlyMap<string, Planstand> | null): Opvolging[] {
  return afspraken
    .filter((a) => isHuidig(a.status))
    .map((a) => {
      const plan = plannen?.get(a.id);
      const teLaat = dagenTeLaat(a, vandaag);
      return {
        afspraakId: a.id,
        eigenaar: a.eigenaar,
        status: a.status,
        ...(a.voortgang ? { voortgang: a.voortgang } : {}),
        ...(a.stopreden ? { stopreden: a.stopreden } : {}),
        deadline: a.deadline,
        teLaat: teLaat > 0,
        ...(teLaat > 0 ? { dagenTeLaat: teLaat } : {}),
        ...(a.oordeel && a.geevalueerdOp ? { oordeel: a.oordeel, geevalueerdOp: a.geevalueerdOp.toISOString() } : {}),
        cijfers: plannen === null ? 'onbeschikbaar' : plan ? 'beschikbaar' : 'geen_plan',
        ...(plan ? { plan } : {}),
        ontbrekend: (plan?.stand?.indicatoren ?? []).flatMap((i) => i.ontbrekend.map((o) => `${i.indicator}: ${o}`)),
      };
    });
}
