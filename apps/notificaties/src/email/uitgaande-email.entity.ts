import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bijlage } from './kalender';

export type EmailSoort = 'direct' | 'dagoverzicht' | 'bundel';
/** `onbestelbaar`: the receiving server refused the address for good (RFC 5321 550/551/553); the inbox still has it. */
export type EmailStatus = 'wachtend' | 'verzonden' | 'onbestelbaar';

/** The mail outbox: one e-mail to one address, kept until the SMTP server has accepted it. */
@Entity({ name: 'uitgaande_email' })
export class UitgaandeEmail {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  ontvangerSub: string;

  @Column('text')
  adres: string;

  @Column('text')
  soort: EmailSoort;

  @Column('text')
  onderwerp: string;

  @Column('text')
  tekst: string;

  @Column('text')
  html: string;

  /** Attachments (the .ics of an invitation), kept in the outbox row so a restart loses none. */
  @Column('jsonb', { default: () => "'[]'" })
  bijlagen: Bijlage[];

  @Column('text')
  status: EmailStatus;

  @Column('integer')
  pogingen: number;

  @Column('timestamptz')
  volgendePoging: Date;

  @Column('text', { nullable: true })
  laatsteFout: string | null;

  @Column('timestamptz')
  aangemaaktOp: Date;

  @Column('timestamptz', { nullable: true })
  verzondenOp: Date | null;

  /** While a sender has it on its way (a lease, see email.verzender.ts); set by the claim only. */
  @Column('timestamptz', { name: 'geclaimd_tot', nullable: true })
  geclaimdTot?: Date | null;
}

/** A new e-mail in the outbox, due at once (`nu`: the clock of who queues it). */
export function nieuweEmail(
  ontvanger: { ontvangerSub: string; adres: string },
  soort: EmailSoort,
  inhoud: { onderwerp: string; tekst: string; html: string; bijlagen?: Bijlage[] },
  nu: Date,
  id: string,
): UitgaandeEmail {
  return {
    id,
    ...ontvanger,
    soort,
    ...inhoud,
    bijlagen: inhoud.bijlagen ?? [],
    status: 'wachtend',
    pogingen: 0,
    volgendePoging: nu,
    laatsteFout: null,
    aangemaaktOp: nu,
    verzondenOp: null,
  };
}
