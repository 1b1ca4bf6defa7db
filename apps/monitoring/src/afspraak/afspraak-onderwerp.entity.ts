import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AfspraakSoort } from '@koers/contracts';

/**
 * An agreement tafels drafted (`afspraak.opgesteld.v1`), as monitoring knows it: the subject a plan
 * may be made for. Ids, region and gemeenten only — the agreement's text stays in tafels.
 */
@Entity({ name: 'afspraak_onderwerp' })
export class AfspraakOnderwerp {
  @PrimaryColumn('uuid') afspraakId: string;
  @Column('text') regio: string;
  @Column('uuid') tafelId: string;
  @Column('int') versie: number;
  /** An amended agreement is a new version with its own plan; the old one keeps its verdict. */
  @Column('uuid', { nullable: true }) vorigeVersieId: string | null;
  @Column('uuid', { nullable: true }) overgenomenVanId: string | null;
  @Column('text') soort: AfspraakSoort;
  @Column('text', { array: true }) gemeenten: string[];
  /** For an outcome criterion: the regional indicator it defines. */
  @Column('text', { nullable: true }) indicator: string | null;
  @Column('timestamptz') opgesteldOp: Date;
  /** tafels dropped the concept: no plan is made for it any more. */
  @Column('timestamptz', { nullable: true }) ingetrokkenOp?: Date | null;
}
