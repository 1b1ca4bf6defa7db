import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { INDICATOR_RICHTINGEN, IndicatorRichting } from '@koers/contracts';

export const RICHTINGEN = INDICATOR_RICHTINGEN;
export type Richting = IndicatorRichting;

/**
 * An indicator of the catalogue. National ones (regio null) come with Koers and are read-only; a
 * region's beheerder adds and edits the region's own.
 */
@Entity({ name: 'indicator' })
export class Indicator {
  /** Unique within the national catalogue and one region's own indicators (primary key with `regio_sleutel`). */
  @PrimaryColumn('text')
  code: string;

  /** `regio`, or '' for a national indicator (a check in its migration holds them equal): a code is unique per region. */
  @PrimaryColumn('text')
  regioSleutel: string;

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

  /** Counts the changes, so copies of the register elsewhere keep the newest (see the register events). */
  @Column('integer')
  versie: number;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  gewijzigdOp: Date;
}
