import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OvernameStatus } from './overname.rules';

/** The offer to one gemeente to take a successful agreement over, and its answer. */
@Entity({ name: 'overname' })
export class Overname {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  /** The successful agreement that is offered. */
  @Column('uuid')
  afspraakId: string;

  @Column('uuid')
  tafelId: string;

  /** The gemeente it is offered to (CBS code). */
  @Column('text')
  gemeente: string;

  @Column('text')
  status: OvernameStatus;

  /** The plan whose verdict was `effect_bereikt`. */
  @Column('uuid')
  monitoringplanId: string;

  @Column('timestamptz')
  aangebodenOp: Date;

  /** Why the gemeente declined: free text, read within the region only (it does not travel in events). */
  @Column('text', { nullable: true })
  reden: string | null;

  /** The gemeente's own agreement made by taking it over. */
  @Column('uuid', { nullable: true })
  overgenomenAfspraakId: string | null;

  @Column('text', { nullable: true })
  beantwoordDoorSub: string | null;

  @Column('timestamptz', { nullable: true })
  beantwoordOp: Date | null;
}
