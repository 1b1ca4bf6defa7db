import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Indiener, SignaalBron } from '@koers/contracts';
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
  @Column('text')
  indienerSub: string;

  @Column('text')
  indienerRol: Indiener;

  @Column('text', { nullable: true })
  indienerOrganisatie: string | null;

  /** Indicator codes the signal is about (from monitoring). */
  @Column('text', { array: true })
  indicatoren: string[];

  /** The part of the koersdocument or uitvoeringsprogramma the signal deviates from. */
  @Column('text', { nullable: true })
  koersReferentie: string | null;

  /**
   * For a signal Koers raised from a course deviation: `gemeente|indicator`. The database allows one
   * open signal per key, so deviations of the same series join it instead of starting another.
   */
  @Column('text', { nullable: true })
  trendSleutel: string | null;

  /** The gemeente user who took the signal up (`in_voorbereiding`); only they prepare and ask consensus. */
  @Column('text', { nullable: true })
  behandelaarSub: string | null;

  @Column('text', { nullable: true })
  behandelaarGemeente: string | null;

  /** The open signal this one was merged into; its dossier and history stay reachable from there. */
  @Column('uuid', { nullable: true })
  samengevoegdMet: string | null;

  /** The koerstafel that started on this signal (event nl.koers.tafels.tafel.gestart.v1). */
  @Column('uuid', { nullable: true })
  tafelId: string | null;

  /** When that koerstafel was closed (event nl.koers.tafels.tafel.afgerond.v1); until then its trend joins it. */
  @Column('timestamptz', { nullable: true })
  tafelAfgerondOp: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  ingediendOp: Date;
}
