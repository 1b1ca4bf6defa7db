import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MonitoringOordeel } from '@koers/contracts';
import type { DoelRichting } from '../koersdoel/koersdoel.entity';
import type { MonitoringplanStatus } from './monitoringplan-levensloop.rules';
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
  @Column('text') onderwerpSoort: 'afspraak' | 'pilot';
  @Column('text') onderwerpId: string;
  @Column('text') titel: string;
  @Column('text', { array: true }) gemeenten: string[];
  @Column('text', { array: true }) vergelijkingsgemeenten: string[];
  @Column('jsonb') indicatoren: PlanIndicatorOpslag[];
  /** The baseline is the mean of the last `nulmetingPerioden` periods up to and including this one. */
  @Column('text') nulmetingTot: string;
  @Column('int') nulmetingPerioden: number;
  @Column('text', { array: true }) meetmomenten: string[];
  @Column('date') evaluatiedatum: string;
  @Column('text') status: MonitoringplanStatus;
  @Column('text', { nullable: true }) oordeel: MonitoringOordeel | null;
  @Column('timestamptz', { nullable: true }) geevalueerdOp: Date | null;
  /** When tafels recorded the agreement with this plan (`afspraak.vastgelegd`). */
  @Column('timestamptz', { nullable: true }) bevestigdOp: Date | null;
  /** When tafels dropped the concept agreement of this plan (`afspraak.ingetrokken`). */
  @Column('timestamptz', { nullable: true }) vervallenOp?: Date | null;
  @Column('text') aangemaaktDoor: string;
  @Column('timestamptz') aangemaaktOp: Date;
}

/** Every evaluation, scheduled or on request, with the numbers behind it. */
@Entity({ name: 'monitoringplan_evaluatie' })
export class MonitoringplanEvaluatie {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') monitoringplanId: string;
  @Column('text') aanleiding: 'evaluatiedatum' | 'op_verzoek';
  @Column('text') oordeel: MonitoringOordeel;
  @Column('text') toelichting: string;
  @Column('jsonb') indicatoren: Array<Evaluatie & { indicator: string }>;
  @Column('timestamptz') geevalueerdOp: Date;
}
