import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { DueWorkFabriek, LeaseWork, Resultaat, wekNaCommit } from '@koers/due-work';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { isAdresGeweigerd, volgendePoging } from './email.rules';
import type { Bijlage } from './kalender';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';

/** The due work that sends the mail outbox; who queues an e-mail wakes it (wekVerzender). */
const VERZENDEN = 'email';

/** Longer than an SMTP session can last (connection, greeting and socket timeouts below), so a lease never runs out while one is on its way. */
const LEASE_MS = 120_000;

/** An e-mail as the claim returns it: its row, leased. */
interface GeclaimdeEmail {
  id: string;
  adres: string;
  onderwerp: string;
  tekst: string;
  html: string;
  bijlagen: Bijlage[];
  pogingen: number;
  geclaimd_tot: Date;
}

type Uitkomst = { verzonden: true } | { verzonden: false; reden: unknown };

/** Wakes the sender of every replica once the caller's transaction, which queued e-mail, commits. */
export function wekVerzender(manager: EntityManager): Promise<void> {
  return wekNaCommit(manager, VERZENDEN);
}

/**
 * Sends the mail outbox (@koers/due-work, with a lease): due e-mails are claimed with SKIP LOCKED and
 * leased, so several replicas share the work without sending one twice and no row stays locked during
 * an SMTP session; up to a batch are on their way at once. An e-mail leaves the outbox only once the
 * server accepted it. A refusal or an unreachable server only moves the next attempt later, with a
 * growing wait. A crash before the acceptance is recorded sends it again once the lease runs out, with
 * the same Message-ID.
 */
@Injectable()
export class EmailVerzender implements OnModuleDestroy {
  private readonly logger = new Logger(EmailVerzender.name);
  private readonly transport: Transporter;
  private readonly messageIdDomein: string;
  private readonly verzending: LeaseWork<GeclaimdeEmail, Uitkomst>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
    dueWork: DueWorkFabriek,
  ) {
    const { host, port, secure, requireTls, auth } = settings.smtp;
    this.transport = createTransport({
      host,
      port,
      secure,
      requireTLS: requireTls,
      ...(auth ? { auth } : {}),
      pool: true,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.messageIdDomein = /@([^>\s]+)/.exec(settings.afzender)?.[1] ?? 'koers';
    this.verzending = dueWork.metLease<GeclaimdeEmail, Uitkomst>({
      naam: VERZENDEN,
      pollMs: settings.verzenden.pollIntervalMs,
      parallel: settings.verzenden.batchGrootte,
      claimPer: settings.verzenden.batchGrootte,
      claim: {
        due: { tabel: 'uitgaande_email', wanneer: `d.status = 'wachtend' AND d.volgende_poging <= $1`, volgorde: 'd.volgende_poging' },
        leaseMs: LEASE_MS,
      },
      voerUit: (mail) => this.verstuur(mail).then(() => ({ verzonden: true as const }), (reden: unknown) => ({ verzonden: false as const, reden })),
      legVast: (manager, resultaten, nu) => this.legVast(manager, resultaten, nu),
    });
  }

  /** Stops claiming and waits for the e-mails on their way before the SMTP pool closes. */
  async onModuleDestroy(): Promise<void> {
    await this.verzending.stop();
    this.transport.close();
  }

  /** One round now: claims what is due, up to one batch, and sends it. Returns how many were claimed. */
  verstuurWachtende(): Promise<number> {
    return this.verzending.ronde();
  }

  /** Sent, refused for good (onbestelbaar) or tried again later — one statement, only where the lease is still this claim's. */
  private async legVast(manager: EntityManager, resultaten: Array<Resultaat<GeclaimdeEmail, Uitkomst>>, nu: Date): Promise<void> {
    const { eersteHerhalingMs, maxHerhalingMs } = this.settings.verzenden;
    const stappen = resultaten.map(({ claim: mail, uitkomst }) => {
      if (uitkomst.verzonden) return { mail, status: 'verzonden', volgende: null, fout: null };
      const fout = foutmelding(uitkomst.reden);
      if (isAdresGeweigerd(uitkomst.reden)) {
        this.logger.warn({ email: mail.id, fout }, 'e-mailadres blijvend geweigerd; de e-mail is onbestelbaar (het bericht staat wel in de inbox)');
        return { mail, status: 'onbestelbaar', volgende: null, fout };
      }
      this.logger.warn({ email: mail.id, pogingen: mail.pogingen + 1, fout }, 'e-mail niet verzonden; blijft in de wachtrij voor een nieuwe poging');
      return { mail, status: 'wachtend', volgende: volgendePoging(nu, mail.pogingen + 1, eersteHerhalingMs, maxHerhalingMs), fout };
    });
    await manager.query(
      `UPDATE "${schemaOf(this.dataSource)}".uitgaande_email e
          SET status = v.status, pogingen = e.pogingen + 1, laatste_fout = v.fout, geclaimd_tot = NULL,
              volgende_poging = coalesce(v.volgende, e.volgende_poging),
              verzonden_op = CASE WHEN v.status = 'verzonden' THEN now() ELSE e.verzonden_op END
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::timestamptz[], $5::text[]) AS v(id, lease, status, volgende, fout)
        WHERE e.id = v.id AND e.geclaimd_tot = v.lease`,
      [
        stappen.map((s) => s.mail.id),
        stappen.map((s) => s.mail.geclaimd_tot),
        stappen.map((s) => s.status),
        stappen.map((s) => s.volgende),
        stappen.map((s) => s.fout),
      ],
    );
  }

  private async verstuur(mail: GeclaimdeEmail): Promise<void> {
    // A meeting goes as nodemailer's icalEvent: a text/calendar part with its METHOD (which calendars act on) and the same as an .ics file.
    const kalender = mail.bijlagen.find((b) => b.methode);
    const anders = mail.bijlagen.filter((b) => b !== kalender);
    await this.transport.sendMail({
      from: this.settings.afzender,
      to: mail.adres,
      subject: mail.onderwerp,
      text: mail.tekst,
      html: mail.html,
      ...(kalender ? { icalEvent: { method: kalender.methode, filename: kalender.bestandsnaam, content: kalender.inhoud } } : {}),
      ...(anders.length ? { attachments: anders.map((b) => ({ filename: b.bestandsnaam, contentType: b.contentType, content: b.inhoud })) } : {}),
      // The idempotency key a receiving server sees: the same on every attempt of this e-mail.
      messageId: `<${mail.id}@${this.messageIdDomein}>`,
      // RFC 3834: no out-of-office replies to a machine.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }
}

function foutmelding(reden: unknown): string {
  return (reden instanceof Error ? reden.message : String(reden)).slice(0, 1000);
}
