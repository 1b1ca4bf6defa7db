import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Verwerking, VerslagStatus } from './verslag.rules';

/** The three parts of the minutes domain.md asks for. */
export interface Verslagtekst {
  probleem: string;
  wieMoetMeedoen: string;
  stappen: string;
}

/**
 * The minutes of a held meeting: a concept for the participants until the remark term ends, then
 * adopted by the gemeente. Seen as a concept only by the participants, the region's jurists and beheerder.
 */
@Entity({ name: 'verslag' })
export class Verslag {
  @PrimaryColumn('uuid')
  bijeenkomstId: string;

  @Column('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('text')
  status: VerslagStatus;

  @Column('text')
  probleem: string;

  @Column('text')
  wieMoetMeedoen: string;

  @Column('text')
  stappen: string;

  /** The participants who attended, by their id at the table. */
  @Column('uuid', { array: true })
  aanwezigen: string[];

  @Column('timestamptz')
  vastgelegdOp: Date;

  /** The first instant after the remark term. */
  @Column('timestamptz')
  reactiesTot: Date;

  @Column('timestamptz', { nullable: true })
  vastgesteldOp: Date | null;

  /** The concept as the participants read it, kept when adoption changed the text. */
  @Column('jsonb', { nullable: true })
  concept: Verslagtekst | null;

  /** When the behandelaar was told that the remark term passed (once). */
  @Column('timestamptz', { nullable: true })
  reactietermijnGemeldOp: Date | null;
}

/** A participant's remark on the concept, and what the gemeente did with it. */
@Entity({ name: 'opmerking' })
export class Opmerking {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  bijeenkomstId: string;

  @Column('text')
  regio: string;

  @Column('text')
  tekst: string;

  @Column('text')
  auteurSub: string;

  /** The author's role at the table, the only thing others see of who wrote it. */
  @Column('text')
  auteurRol: string;

  @Column('timestamptz')
  geplaatstOp: Date;

  @Column('text', { nullable: true })
  verwerking: Verwerking | null;

  @Column('text', { nullable: true })
  toelichting: string | null;
}
