import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Categorie } from '../routering/categorieen';

export type Verzendwijze = 'direct' | 'dagelijks';

/** One message for one recipient that goes out by e-mail: at once, or in the next daily digest. */
@Entity({ name: 'email_melding' })
export class EmailMelding {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  @Column('text', { name: 'ontvanger_sub' })
  ontvangerSub: string;

  @Column('text')
  adres: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('text')
  categorie: Categorie;

  @Column('text')
  wijze: Verzendwijze;

  @Column('text')
  titel: string;

  @Column('text')
  tekst: string;

  @Column('text')
  link: string;

  @Column('text')
  actie: string;

  @Column('timestamptz', { name: 'aangemaakt_op' })
  aangemaaktOp: Date;

  /** Set when the message is in an e-mail: at once for `direct`, by the digest run for `dagelijks`. */
  @Column('uuid', { name: 'uitgaande_email_id', nullable: true })
  uitgaandeEmailId: string | null;
}
