import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CorrectieSoort = 'tekst' | 'dossierstuk_ingetrokken';

/** A correction made while preparing a signal; append-only (the database refuses updates and deletes). */
@Entity({ name: 'signaal_correctie' })
export class Correctie {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  regio: string;

  @Column('text')
  soort: CorrectieSoort;

  @Column('uuid', { nullable: true })
  dossierstukId: string | null;

  /** For `tekst`: the fields as they were before, and as they are after. */
  @Column('jsonb', { default: {} })
  vorige: Record<string, string>;

  @Column('jsonb', { default: {} })
  nieuw: Record<string, string>;

  @Column('text', { nullable: true })
  reden: string | null;

  @Column('text')
  wieSub: string;

  @Column('text', { nullable: true })
  gemeente: string | null;

  @Column('timestamptz')
  wanneer: Date;
}
