import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AfleveringStatus } from './aflevering.rules';

/** One event to one subscription. Its id is the `webhook-id`: the same on every attempt. */
@Entity({ name: 'webhook_aflevering' })
export class Aflevering {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) volgnummer: string;
  @Column('uuid') abonnementId: string;
  @Column('text') regio: string;
  @Column('uuid') eventId: string;
  @Column('text') eventType: string;
  /** Deliveries with the same key go out one after the other: the CloudEvent subject (the record). */
  @Column('text') volgorde: string;
  @Column('text') status: AfleveringStatus;
  /** The first waiting delivery of its line (subscription + volgorde): the only one that may be claimed (wachtrij.ts). */
  @Column('boolean') kop: boolean;
  @Column('integer') pogingen: number;
  @Column('integer') pogingenInReeks: number;
  @Column('timestamptz') volgendePoging: Date;
  /** While a worker POSTs it: until when its claim holds (a crashed worker's claim runs out). */
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false }) geclaimdTot: Date | null;
  @Column('integer', { nullable: true }) laatsteStatuscode: number | null;
  @Column('text', { nullable: true }) laatsteFout: string | null;
  @Column('timestamptz') aangemaaktOp: Date;
  @Column('timestamptz', { nullable: true }) afgerondOp: Date | null;
}

/** One attempt of a delivery, for the delivery log. */
@Entity({ name: 'webhook_poging' })
export class Poging {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid') afleveringId: string;
  @Column('text') regio: string;
  @Column('integer') nummer: number;
  @Column('timestamptz') tijdstip: Date;
  @Column('integer', { nullable: true }) statuscode: number | null;
  @Column('integer') duurMs: number;
  @Column('text', { nullable: true }) fout: string | null;
}
