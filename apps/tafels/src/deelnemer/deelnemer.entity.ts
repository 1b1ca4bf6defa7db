import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeelnemerRol } from '../tafel/tafel.rules';

/**
 * Someone at a table with their role. A user of the region by their Keycloak id; a guest (a parent
 * or young person) only by the alias they chose and the client organisation that brought them —
 * no name, e-mail address or other personal data.
 */
@Entity({ name: 'deelnemer' })
export class Deelnemer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('text')
  rol: DeelnemerRol;

  @Column('text', { nullable: true })
  sub: string | null;

  @Column('text', { nullable: true })
  organisatie: string | null;

  /** A guest's alias, until the table closes: then it is deleted and the row stays for the attendance history. */
  @Column('text', { nullable: true })
  alias: string | null;

  @Column('timestamptz', { nullable: true })
  aliasVerwijderdOp: Date | null;

  @Column('text')
  toegevoegdDoorSub: string;

  @Column('timestamptz')
  toegevoegdOp: Date;
}
