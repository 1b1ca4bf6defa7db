import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AfleveringStatus } from './aflevering.rules';

/** One event to one subscription. Its id is the `webhook-id`: the same on every attempt. */
@Entity({ name: 'webhook_aflevering' })
export class Aflevering {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) volgnummer: string;
  @Column('uuid', { name: 'abonnement_id' }) abonnementId: string;
  @Column('text') regio: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text', { name: 'event_type' }) eventType: string;
  /** Deliveries with the same key go out one after the other: the CloudEvent subject (the record). */
  @Column('text') volgorde: string;
  @Column('text') status: AfleveringStatus;
  /** The first waiting delivery of its line (subscription + volgorde): the only one that may be claimed (wachtrij.ts). */
  @Column('boolean') kop: boolean;
  @Column('integer') pogingen: number;
  @Column('integer', { name: 'pogingen_in_reeks' }) pogingenInReeks: number;
  @Column('timestamptz', { name: 'volgende_poging' }) volgendePoging: Date;
  @Column('integer', { name: 'laatste_statuscode', nullable: true }) laatsteStatuscode: number | null;
  @Column('text', { name: 'laatste_fout', nullable: true }) laatsteFout: string | null;
  @Column('timestamptz', { name: 'aangemaakt_op' }) aangemaaktOp: Date;
  @Column('timestamptz', { name: 'afgerond_op', nullable: true }) afgerondOp: Date | null;
}

/** One attempt of a delivery, for the delivery log. */
@Entity({ name: 'webhook_poging' })
export class Poging {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid', { name: 'aflevering_id' }) afleveringId: string;
  @Column('text') regio: string;
  @Column('integer') nummer: number;
  @Column('timestamptz') tijdstip: Date;
  @Column('integer', { nullable: true }) statuscode: number | null;
  @Column('integer', { name: 'duur_ms' }) duurMs: number;
  @Column('text', { nullable: true }) fout: string | null;
}
