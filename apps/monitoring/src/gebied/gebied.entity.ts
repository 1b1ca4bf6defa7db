import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A jeugdhulpregio: the tenant. Reference data, readable by everyone. */
@Entity({ name: 'regio' })
export class Regio {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  naam: string;
}

/** A gemeente with its CBS code, in exactly one region. */
@Entity({ name: 'gemeente' })
export class Gemeente {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  regio: string;

  @Column('text')
  naam: string;

  /** Counts the changes, so copies of the register elsewhere keep the newest (see the register events). */
  @Column('integer')
  versie: number;
}
