import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '@koers/persistence';

/**
 * One figure: indicator × gemeente (null: the whole region) × period × source. A different value
 * for the same key is a correction: the earlier one moves to meting_historie.
 */
@Entity({ name: 'meting' })
export class Meting {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  @Column('text')
  indicator: string;

  @Column('text', { nullable: true })
  gemeente: string | null;

  @Column('text')
  periode: string;

  @Column('numeric', { transformer: numeric })
  waarde: number;

  @Column('numeric', { nullable: true, transformer: numeric })
  teller: number | null;

  @Column('numeric', { nullable: true, transformer: numeric })
  noemer: number | null;

  @Column('text')
  bron: string;

  /** Who delivered it: an organisation, a gemeente code or a system (client id). */
  @Column('text')
  aanleverancier: string;

  @Column('int')
  versie: number;

  @Column('timestamptz')
  aangeleverdOp: Date;

  @Column('timestamptz')
  gewijzigdOp: Date;
}

/** An earlier value of a measurement, kept when a correction replaced it. */
@Entity({ name: 'meting_historie' })
export class MetingHistorie {
  @PrimaryColumn('bigint')
  id: string;

  @Column('uuid')
  metingId: string;

  @Column('numeric', { transformer: numeric })
  waarde: number;

  @Column('numeric', { nullable: true, transformer: numeric })
  teller: number | null;

  @Column('numeric', { nullable: true, transformer: numeric })
  noemer: number | null;

  @Column('text')
  aanleverancier: string;

  @Column('int')
  versie: number;

  @Column('timestamptz')
  geldigVanaf: Date;

  @Column('timestamptz')
  vervangenOp: Date;
}
