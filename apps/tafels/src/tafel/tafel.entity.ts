import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TafelStatus } from './tafel.rules';

/** The JSON of a dossier piece, kept as signalen gave it. */
export type Bewijsinhoud = Record<string, string | number | boolean | null | object>;

/** A piece of the signal's dossier as it was when the table started. */
export interface Bewijsstuk {
  signaalId: string;
  soort: string;
  inhoud: Bewijsinhoud;
  toegevoegdOp: string;
}

@Entity({ name: 'tafel' })
export class Tafel {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  /** The signal with consensus the table started from. */
  @Column('uuid')
  signaalId: string;

  /** The signals merged into it, which come along. */
  @Column('uuid', { array: true })
  samengevoegdeSignalen: string[];

  @Column('text', { array: true })
  gemeenten: string[];

  @Column('text')
  titel: string;

  /** The shared problem statement, taken over from the signal and editable by the gemeente. */
  @Column('text')
  probleemstelling: string;

  /** The dossier's evidence as it was at the start, of the signal and its merged signals. */
  @Column('jsonb')
  bewijs: Bewijsstuk[];

  @Column('text')
  status: TafelStatus;

  /** Monitoring judged an agreement `niet_bereikt` while the table was in `monitoring`; cleared by the step `bijsturen`. */
  @Column('boolean')
  bijsturingNodig: boolean;

  /** The gemeente user who started the table: they plan, record and close. */
  @Column('text')
  behandelaarSub: string;

  @Column('text')
  behandelaarGemeente: string;

  @Column('timestamptz')
  gestartOp: Date;
}
