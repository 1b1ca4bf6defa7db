import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '@koers/persistence';

export const DOEL_RICHTINGEN = ['maximaal', 'minimaal'] as const;
/** `maximaal`: the value should stay at or below the target; `minimaal`: at or above it. */
export type DoelRichting = (typeof DOEL_RICHTINGEN)[number];

/** A course target from the koersdocument: per region, gemeente (null: the whole region) and indicator. */
@Entity({ name: 'koersdoel' })
export class Koersdoel {
  @PrimaryColumn('uuid') id: string;
  @Column('text') regio: string;
  @Column('text', { nullable: true }) gemeente: string | null;
  @Column('text') indicator: string;
  @Column('numeric', { transformer: numeric }) doelwaarde: number;
  @Column('text') richting: DoelRichting;
  /** The part of the koersdocument (or uitvoeringsprogramma) the target comes from. */
  @Column('text') koersdocumentSectie: string;
  @Column('int') versie: number;
  @Column('text') vastgesteldDoor: string;
  @Column('timestamptz') vastgesteldOp: Date;
}

/** An earlier version of a target, kept when it was changed. */
@Entity({ name: 'koersdoel_historie' })
export class KoersdoelHistorie {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid') koersdoelId: string;
  @Column('numeric', { transformer: numeric }) doelwaarde: number;
  @Column('text') richting: DoelRichting;
  @Column('text') koersdocumentSectie: string;
  @Column('int') versie: number;
  @Column('text') vastgesteldDoor: string;
  @Column('timestamptz') vastgesteldOp: Date;
  @Column('timestamptz') vervangenOp: Date;
}
