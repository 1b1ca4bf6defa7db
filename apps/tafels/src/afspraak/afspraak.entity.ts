import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AfspraakSoort, IndicatorRichting, MonitoringOordeel } from '@koers/contracts';
import type { AfspraakStatus, ToetsingStatus, Voortgang } from './afspraak.rules';

/** The regional indicator an `outcomecriterium` agreement defines; monitoring adds it to the catalogue. */
export interface Outcomecriterium {
  code: string;
  naam: string;
  definitie: string;
  eenheid: string;
  richting: IndicatorRichting;
  doelwaarde: number;
}

/**
 * An agreement of a koerstafel. Each version is its own row with its own id and monitoring plan;
 * `vorigeVersieId` links a version made after bijsturen to the one it replaces.
 */
@Entity({ name: 'afspraak' })
export class Afspraak {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tafelId: string;

  @Column('text')
  regio: string;

  @Column('integer')
  versie: number;

  @Column('uuid', { nullable: true })
  vorigeVersieId: string | null;

  /** A taken-over agreement (overname): the successful agreement of another gemeente it copies. It follows its own course and does not count for the table's steps. */
  @Column('uuid', { nullable: true })
  overgenomenVanId: string | null;

  @Column('text')
  soort: AfspraakSoort;

  @Column('text')
  omschrijving: string;

  /** The organisation at the table that carries it out (token claim `organisatie`). */
  @Column('text')
  eigenaar: string;

  @Column('date')
  deadline: string;

  /** The legal basis it fits in: a reference such as "Jeugdwet art. 2.3" or a contract clause. */
  @Column('text')
  rechtsgrond: string;

  @Column('text', { array: true })
  gemeenten: string[];

  @Column('boolean')
  voorDeHeleRegio: boolean;

  /** The meeting where it was made, so it traces back to the minutes. */
  @Column('uuid')
  bijeenkomstId: string;

  @Column('text')
  status: AfspraakStatus;

  /** The legal check of this version; see TOETSING_LEVENSLOOP. */
  @Column('text')
  toetsing: ToetsingStatus;

  @Column('text', { nullable: true })
  voortgang: Voortgang | null;

  @Column('text', { nullable: true })
  stopreden: string | null;

  @Column('uuid', { nullable: true })
  monitoringplanId: string | null;

  @Column('boolean')
  planBevestigd: boolean;

  /** Monitoring's latest verdict on this version's plan; `effect_bereikt` means it reached its effect. */
  @Column('text', { nullable: true })
  oordeel: MonitoringOordeel | null;

  @Column('timestamptz', { nullable: true })
  geevalueerdOp: Date | null;

  @Column('jsonb', { nullable: true })
  outcomecriterium: Outcomecriterium | null;

  @Column('text')
  opgesteldDoorSub: string;

  @Column('timestamptz')
  opgesteldOp: Date;

  @Column('timestamptz')
  gewijzigdOp: Date;

  @Column('timestamptz', { nullable: true })
  vastgelegdOp: Date | null;

  /** When the due work reported that the deadline passed (afspraak.deadline_verstreken.v1). */
  @Column('timestamptz', { nullable: true })
  deadlineGemeldOp?: Date | null;
}

/** A jurist's verdict on one version of an agreement; the reason of a bezwaar stays here, in tafels. */
@Entity({ name: 'afspraak_toetsing' })
export class AfspraakToetsing {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  afspraakId: string;

  @Column('text')
  regio: string;

  @Column('text')
  oordeel: 'akkoord' | 'bezwaar';

  @Column('text', { nullable: true })
  reden: string | null;

  @Column('text')
  juristSub: string;

  @Column('timestamptz')
  getoetstOp: Date;
}
