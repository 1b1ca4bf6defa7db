import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const RICHTINGEN = ['lager_is_beter', 'hoger_is_beter', 'neutraal'] as const;
export type Richting = (typeof RICHTINGEN)[number];

/**
 * An indicator of the catalogue. National ones (regio null) come with Koers and are read-only; a
 * region's beheerder adds and edits the region's own.
 */
@Entity({ name: 'indicator' })
export class Indicator {
  @PrimaryColumn('text')
  code: string;

  @Column('text', { nullable: true })
  regio: string | null;

  @Column('text')
  naam: string;

  @Column('text')
  definitie: string;

  @Column('text')
  eenheid: string;

  @Column('text')
  richting: Richting;

  @Column('text')
  bron: string;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  gewijzigdOp: Date;
}
