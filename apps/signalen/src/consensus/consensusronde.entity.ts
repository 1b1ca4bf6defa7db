import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsensusPartij } from '@koers/contracts';
import type { RondeUitkomst } from './consensus.rules';

/** One request for consensus on a signal, to the named parties; closed by the answer that decides it. */
@Entity({ name: 'consensusronde' })
export class Consensusronde {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  regio: string;

  /** 1 for the first round of the signal, 2 for the next, ... */
  @Column('integer')
  nummer: number;

  @Column('jsonb')
  partijen: ConsensusPartij[];

  @Column('text')
  uitkomst: RondeUitkomst;

  @Column('text')
  gevraagdDoorSub: string;

  @Column('timestamptz')
  gevraagdOp: Date;

  @Column('timestamptz', { nullable: true })
  afgeslotenOp: Date | null;
}
