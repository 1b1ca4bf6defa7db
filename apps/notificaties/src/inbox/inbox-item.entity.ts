import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'inbox_item' })
export class InboxItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  regio: string;

  /** Keycloak subject (user id) of the recipient. */
  @Column('text', { name: 'ontvanger_sub' })
  ontvangerSub: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('text')
  titel: string;

  @Column('text')
  tekst: string;

  @Column('text')
  link: string;

  @Column('timestamptz', { name: 'ontvangen_op' })
  ontvangenOp: Date;

  @Column('timestamptz', { name: 'gelezen_op', nullable: true })
  gelezenOp: Date | null;
}
