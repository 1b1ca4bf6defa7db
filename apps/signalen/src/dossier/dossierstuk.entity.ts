import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DossierSoort } from '../signaal/signaal.rules';

/** Objective data: monitoring's figures for the chosen periods, exactly as monitoring gave them when attached. */
/** A scalar of monitoring's JSON, kept as it came. */
export type Gegeven = string | number | boolean | null;

export interface ObjectieveData {
  indicator: string;
  gemeente?: string;
  perioden: string[];
  /** The points of monitoring's series (GET /v1/reeksen) for these periods, as received. */
  punten: Array<Record<string, Gegeven>>;
  koersdoel?: Record<string, Gegeven>;
  opgehaaldOp: string;
}

export const PERSPECTIEVEN = ['client', 'ouder', 'jongere', 'professional'] as const;
export type Perspectief = (typeof PERSPECTIEVEN)[number];

/** An account from experience, without names or numbers that point to a person. */
export interface Ervaringsinformatie {
  perspectief: Perspectief;
  verslag: string;
}

export const KADERS = ['wet', 'contract', 'regionale_afspraak'] as const;
export type Kader = (typeof KADERS)[number];

/** A law, contract clause or regional agreement that applies, with a reference to find it. */
export interface JuridischKader {
  kader: Kader;
  referentie: string;
  toelichting?: string;
}

export type DossierInhoud = ObjectieveData | Ervaringsinformatie | JuridischKader;

@Entity({ name: 'dossierstuk' })
export class Dossierstuk {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  signaalId: string;

  @Column('text')
  regio: string;

  @Column('text')
  soort: DossierSoort;

  @Column('jsonb')
  inhoud: DossierInhoud;

  @Column('text')
  toegevoegdDoorSub: string;

  @Column('text', { nullable: true })
  toegevoegdDoorGemeente: string | null;

  @Column('timestamptz')
  toegevoegdOp: Date;

  /** Withdrawn by the behandelaar (added by mistake): kept, shown as withdrawn, no longer counted for completeness. */
  @Column('timestamptz', { nullable: true })
  ingetrokkenOp: Date | null;
}
