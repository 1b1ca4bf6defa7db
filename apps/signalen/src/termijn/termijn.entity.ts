import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Termijnsoort } from '@koers/contracts';

/** The deadlines of one region, in working days; a region without a row uses the defaults. */
@Entity({ name: 'termijn_instelling' })
export class TermijnInstelling {
  @PrimaryColumn('text')
  regio: string;

  @Column('integer', { name: 'opnemen_werkdagen' })
  opnemenWerkdagen: number;

  @Column('integer', { name: 'beantwoorden_werkdagen' })
  beantwoordenWerkdagen: number;

  @Column('text', { name: 'gewijzigd_door' })
  gewijzigdDoor: string;

  @Column('timestamptz', { name: 'gewijzigd_op' })
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

  @Column('uuid', { name: 'signaal_id' })
  signaalId: string;

  @Column('text')
  soort: Termijnsoort;

  @Column('uuid', { name: 'consensusronde_id', nullable: true })
  consensusrondeId: string | null;

  @Column('timestamptz', { name: 'gestart_op' })
  gestartOp: Date;

  /** The last day (Dutch calendar date) on which the step is still in time. */
  @Column('date')
  uiterlijk: string;

  @Column('timestamptz', { name: 'afgerond_op', nullable: true })
  afgerondOp: Date | null;

  @Column('timestamptz', { name: 'verstreken_gemeld_op', nullable: true })
  verstrekenGemeldOp: Date | null;
}
