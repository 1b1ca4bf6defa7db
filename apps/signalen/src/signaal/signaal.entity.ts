import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Rol, SignaalBron } from '@koers/contracts';
import type { SignaalStatus } from './signaal.rules';

@Entity({ name: 'signaal' })
export class Signaal {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  @Column('text')
  bron: SignaalBron;

  @Column('text')
  titel: string;

  @Column('text')
  omschrijving: string;

  @Column('text', { array: true })
  gemeenten: string[];

  @Column('text')
  status: SignaalStatus;

  /** Keycloak subject of the submitter; shown to others by role and organisation only. */
  @Column('text', { name: 'indiener_sub' })
  indienerSub: string;

  @Column('text', { name: 'indiener_rol' })
  indienerRol: Rol;

  @Column('text', { name: 'indiener_organisatie', nullable: true })
  indienerOrganisatie: string | null;

  @CreateDateColumn({ name: 'ingediend_op', type: 'timestamptz' })
  ingediendOp: Date;
}
