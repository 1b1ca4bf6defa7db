import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Termijnsoort } from '@koers/contracts';

/** The deadlines of one region, in working days; a region without a row uses the defaults. */
@Entity({ name: 'termijn_instelling' })
export class TermijnInstelling {
  @PrimaryColumn('text')
  regio: string;

  @Column('integer')
  opnemenWerkdagen: number;

  @Column('integer')
  beantwoordenWerkdagen: number;

  @Column('text')
  gewijzigdDoor: string;

  @Column('timestamptz')
  gewijzigdOp: Date;
}

/**
 * A deadline running for a signal (taking it up) or a consensus round (answering it). Its last day
 * is fixed when the clock starts, so changing the region's setting later does not move it.
 */
@Entity({ name: 'termijn' })
export class Termijn {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  soort: Termijnsoort;

  @Column('uuid', { nullable: true })
  consensusrondeId: string | null;

  @Column('timestamptz')
  gestartOp: Date;

  /** The last day (Dutch calendar date) on which the step is still in time. */
  @Column('date')
  uiterlijk: string;

  @Column('timestamptz', { nullable: true })
  afgerondOp: Date | null;

  @Column('timestamptz', { nullable: true })
  verstrekenGemeldOp: Date | null;
}
