import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An interpretation of a series, or of one period of it, by a gemeente or a provider (domain.md §6). */
@Entity({ name: 'duiding' })
export class Duiding {
  @PrimaryColumn('uuid') id: string;
  @Column('text') regio: string;
  @Column('text') indicator: string;
  @Column('text', { nullable: true }) gemeente: string | null;
  /** null: about the series as a whole. */
  @Column('text', { nullable: true }) periode: string | null;
  @Column('text') tekst: string;
  @Column('text') auteurSub: string;
  @Column('text') auteur: string;
  @Column('text') rol: string;
  @Column('text', { nullable: true }) organisatie: string | null;
  @Column('timestamptz') geplaatstOp: Date;
}
