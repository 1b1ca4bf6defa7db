import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Categorie } from '../routering/categorieen';
import { Keuze } from './voorkeur.rules';

/** A user's own choice of e-mail for one category; absent means the default (direct). */
@Entity({ name: 'email_voorkeur' })
export class EmailVoorkeur {
  /** Keycloak subject (user id). */
  @PrimaryColumn('text')
  gebruikerSub: string;

  @PrimaryColumn('text')
  categorie: Categorie;

  @Column('text')
  keuze: Keuze;

  @Column('timestamptz')
  gewijzigdOp: Date;
}
