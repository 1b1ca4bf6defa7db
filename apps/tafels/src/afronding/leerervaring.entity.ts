import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a closed koerstafel learned (domain.md §3): what worked, what did not, and for whom. Free
 * text without personal data, searchable by everyone of the region; it never travels in an event.
 */
@Entity({ name: 'leerervaring' })
export class Leerervaring {
  @PrimaryColumn('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('text')
  watWerkte: string;

  @Column('text')
  watWerkteNiet: string;

  @Column('text')
  voorWie: string;

  @Column('text')
  afgerondDoorSub: string;

  @Column('timestamptz')
  afgerondOp: Date;
}

/** A course deviation signalen attached to the table's signal while the table ran (`afwijking.gekoppeld.v1`): ids and codes, no figures. */
@Entity({ name: 'tafel_afwijking' })
export class TafelAfwijking {
  @PrimaryColumn('uuid')
  afwijkingId: string;

  @Column('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('uuid')
  signaalId: string;

  @Column('text', { nullable: true })
  gemeente: string | null;

  @Column('text')
  indicator: string;

  @Column('text')
  regel: string;

  @Column('text')
  laatstePeriode: string;

  @Column('timestamptz')
  gekoppeldOp: Date;
}
