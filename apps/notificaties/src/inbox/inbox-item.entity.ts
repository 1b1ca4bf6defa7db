import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'inbox_item' })
export class InboxItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  /** Keycloak subject (user id) of the recipient. */
  @Column('text')
  ontvangerSub: string;

  @Column('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  @Column('text')
  titel: string;

  @Column('text')
  tekst: string;

  @Column('text')
  link: string;

  /** Messages of one kind (routing's Groep), shown together in the inbox. */
  @Column('text')
  groep: string;

  @Column('text')
  groepNaam: string;

  @Column('timestamptz')
  ontvangenOp: Date;

  @Column('timestamptz', { nullable: true })
  gelezenOp: Date | null;
}
