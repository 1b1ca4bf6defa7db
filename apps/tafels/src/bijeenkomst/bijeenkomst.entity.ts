import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BijeenkomstStatus } from './bijeenkomst.rules';

/**
 * A meeting of a table. Its times are instants; place, online link and agenda are seen only by the
 * table's participants, the region's jurists and its beheerder, and never go into an event.
 */
@Entity({ name: 'bijeenkomst' })
export class Bijeenkomst {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('timestamptz')
  start: Date;

  @Column('timestamptz')
  eind: Date;

  @Column('text', { nullable: true })
  plaats: string | null;

  @Column('text', { nullable: true })
  onlineLink: string | null;

  @Column('text')
  agenda: string;

  @Column('text')
  status: BijeenkomstStatus;

  /** The invitation's SEQUENCE (RFC 5545): raised on every move and on cancelling. */
  @Column('integer')
  volgnummer: number;

  @Column('timestamptz')
  geplandOp: Date;

  @Column('timestamptz')
  gewijzigdOp: Date;
}

/** A participant's answer to the invitation; a new answer replaces the old one. */
@Entity({ name: 'aanwezigheid' })
export class Aanwezigheid {
  @PrimaryColumn('uuid')
  bijeenkomstId: string;

  @PrimaryColumn('uuid')
  deelnemerId: string;

  @Column('text')
  regio: string;

  @Column('text')
  antwoord: Antwoord;

  /** The participant, or for a guest the client representative who answered for them. */
  @Column('text')
  beantwoordDoorSub: string;

  @Column('timestamptz')
  beantwoordOp: Date;
}

export const ANTWOORDEN = ['aanwezig', 'afwezig'] as const;
export type Antwoord = (typeof ANTWOORDEN)[number];
