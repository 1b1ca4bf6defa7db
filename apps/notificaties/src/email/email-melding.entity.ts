import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Categorie } from '../routering/categorieen';

/** `gebundeld`: past the direct e-mails of the hour, it waits for one bundled e-mail when the window ends. */
export type Verzendwijze = 'direct' | 'dagelijks' | 'gebundeld';

/** One message for one recipient that goes out by e-mail: at once, or in the next daily digest. */
@Entity({ name: 'email_melding' })
export class EmailMelding {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  @Column('text')
  ontvangerSub: string;

  @Column('text')
  adres: string;

  @Column('uuid')
  eventId: string;

  @Column('text')
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

  @Column('timestamptz')
  aangemaaktOp: Date;

  /** Set when the message is in an e-mail: at once for `direct`, by the digest run for `dagelijks`, by the bundle run for `gebundeld`. */
  @Column('uuid', { nullable: true })
  uitgaandeEmailId: string | null;
}
