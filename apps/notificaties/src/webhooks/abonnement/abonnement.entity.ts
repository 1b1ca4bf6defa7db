import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AbonnementStatus } from './abonnement.rules';

/** A subscription of an organisation's system to events of one region (domain.md §7). */
@Entity({ name: 'webhook_abonnement' })
export class Abonnement {
  @PrimaryColumn('uuid') id: string;
  @Column('text') regio: string;
  /** The owner: a provider organisation, or a gemeente by its CBS code. */
  @Column('text') organisatie: string;
  @Column('text') callbackUrl: string;
  /** Exact event types or prefixes ending in `.*`. */
  @Column('text', { array: true }) eventTypes: string[];
  /** Only events about these gemeenten (and regional ones); empty: all gemeenten of the region. */
  @Column('text', { array: true }) gemeenten: string[];
  @Column('text') status: AbonnementStatus;
  @Column('text', { nullable: true }) pauzeReden: string | null;
  /** The signing secret (`whsec_…`). Kept readable: an HMAC needs it; it is never shown again after creation. */
  @Column('text') geheim: string;
  @Column('text', { nullable: true }) vorigGeheim: string | null;
  @Column('timestamptz', { nullable: true }) vorigGeheimTot: Date | null;
  /** Since when every attempt failed; null after a success. */
  @Column('timestamptz', { nullable: true }) falendSinds: Date | null;
  @Column('text') aangemaaktDoor: string;
  @Column('timestamptz') aangemaaktOp: Date;
}
