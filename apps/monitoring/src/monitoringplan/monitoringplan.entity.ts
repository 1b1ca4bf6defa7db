import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MonitoringOordeel } from '@koers/contracts';
import type { DoelRichting } from '../koersdoel/koersdoel.entity';
import type { Evaluatie, Nulmeting } from './monitoringplan.rules';

export interface PlanIndicatorOpslag {
  indicator: string;
  doelwaarde: number;
  richting: DoelRichting;
  /** Only figures of this source count; absent: per period the most recently changed figure. */
  bron?: string;
  /** Per gemeente (plan and comparison), taken from the series when the plan was made; missing: no baseline possible. */
  nulmeting: Record<string, Nulmeting>;
}

/** How an agreement or a pilot will be measured, and — once evaluated — whether it worked. */
@Entity({ name: 'monitoringplan' })
export class Monitoringplan {
  @PrimaryColumn('uuid') id: string;
  @Column('text') regio: string;
  @Column('text', { name: 'onderwerp_soort' }) onderwerpSoort: 'afspraak' | 'pilot';
  @Column('text', { name: 'onderwerp_id' }) onderwerpId: string;
  @Column('text') titel: string;
  @Column('text', { array: true }) gemeenten: string[];
  @Column('text', { array: true }) vergelijkingsgemeenten: string[];
  @Column('jsonb') indicatoren: PlanIndicatorOpslag[];
  /** The baseline is the mean of the last `nulmetingPerioden` periods up to and including this one. */
  @Column('text', { name: 'nulmeting_tot' }) nulmetingTot: string;
  @Column('int', { name: 'nulmeting_perioden' }) nulmetingPerioden: number;
  @Column('text', { array: true }) meetmomenten: string[];
  @Column('date') evaluatiedatum: string;
  @Column('text') status: 'lopend' | 'geevalueerd';
  @Column('text', { nullable: true }) oordeel: MonitoringOordeel | null;
  @Column('timestamptz', { name: 'geevalueerd_op', nullable: true }) geevalueerdOp: Date | null;
  @Column('text', { name: 'aangemaakt_door' }) aangemaaktDoor: string;
  @Column('timestamptz', { name: 'aangemaakt_op' }) aangemaaktOp: Date;
}

/** Every evaluation, scheduled or on request, with the numbers behind it. */
@Entity({ name: 'monitoringplan_evaluatie' })
export class MonitoringplanEvaluatie {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'monitoringplan_id' }) monitoringplanId: string;
  @Column('text') aanleiding: 'evaluatiedatum' | 'op_verzoek';
  @Column('text') oordeel: MonitoringOordeel;
  @Column('text') toelichting: string;
  @Column('jsonb') indicatoren: Array<Evaluatie & { indicator: string }>;
  @Column('timestamptz', { name: 'geevalueerd_op' }) geevalueerdOp: Date;
}
