import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Indiener } from '@koers/contracts';
import type { SignaalStatus } from './signaal.rules';

/** One step in a signal's history; append-only (the database refuses updates and deletes). */
@Entity({ name: 'statuswijziging' })
export class Statuswijziging {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  regio: string;

  /** null for the intake, the first entry. */
  @Column('text', { nullable: true })
  van: SignaalStatus | null;

  @Column('text')
  naar: SignaalStatus;

  /** Keycloak subject of the person, or the event source when Koers took the step itself. */
  @Column('text')
  wieSub: string;

  @Column('text')
  rol: Indiener;

  @Column('text', { nullable: true })
  organisatie: string | null;

  @Column('text', { nullable: true })
  gemeente: string | null;

  @Column('timestamptz')
  wanneer: Date;

  @Column('text', { nullable: true })
  reden: string | null;
}
