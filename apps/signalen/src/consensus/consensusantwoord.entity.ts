import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsensusPartijrol, ConsensusStandpunt } from '@koers/contracts';

/** The position of one named organisation in one round; the database allows one per organisation per round. */
@Entity({ name: 'consensusantwoord' })
export class Consensusantwoord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  rondeId: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  regio: string;

  @Column('text')
  organisatie: string;

  @Column('text')
  standpunt: ConsensusStandpunt;

  @Column('text', { nullable: true })
  aanvulling: string | null;

  @Column('text', { array: true })
  redenen: string[];

  @Column('text')
  gegevenDoorSub: string;

  @Column('text')
  rol: ConsensusPartijrol;

  @Column('timestamptz')
  gegevenOp: Date;
}
