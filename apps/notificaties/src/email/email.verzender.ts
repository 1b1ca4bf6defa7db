import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '@koers/due-work';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { isAdresGeweigerd, volgendePoging } from './email.rules';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';
import { UitgaandeEmail } from './uitgaande-email.entity';

/**
 * Sends the mail outbox. Each round claims a batch of due e-mails with FOR UPDATE SKIP LOCKED (so
 * several replicas share the work without sending one twice), hands them to the SMTP server, and
 * marks them sent in the same transaction. A refusal or an unreachable server only moves the next
 * attempt later, with a growing wait: an e-mail leaves the outbox only once the server accepted it.
 * A crash between acceptance and commit sends it again, with the same Message-ID.
 */
@Injectable()
export class EmailVerzender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailVerzender.name);
  private readonly transport: Transporter;
  private readonly messageIdDomein: string;
  private readonly taak: PeriodicTask;
  private gestopt = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
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
    this.taak = new PeriodicTask('e-mail verzenden', settings.verzenden.pollIntervalMs, () => this.verstuurAlles());
  }

  onApplicationBootstrap(): void {
    this.gestopt = false;
    this.taak.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    await this.taak.stop();
    this.transport.close();
  }

  /** Batch after batch while batches come back full; a stop ends it after the batch in hand. */
  private async verstuurAlles(): Promise<number> {
    let geclaimd = 0;
    for (;;) {
      const batch = await this.verstuurWachtende();
      geclaimd += batch;
      if (batch < this.settings.verzenden.batchGrootte || this.gestopt) return geclaimd;
    }
  }

  /** One round: sends what is due now, up to one batch. Returns how many were claimed. */
  async verstuurWachtende(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const mails = await manager
        .getRepository(UitgaandeEmail)
        .createQueryBuilder('e')
        .where(`e.status = 'wachtend'`)
        .andWhere('e.volgendePoging <= now()')
        .orderBy('e.volgendePoging')
        .limit(this.settings.verzenden.batchGrootte)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!mails.length) return 0;

      const uitkomsten = await Promise.allSettled(mails.map((mail) => this.verstuur(mail)));
      const verzonden = mails.filter((_, i) => uitkomsten[i].status === 'fulfilled');
      const geweigerd = mails.flatMap((mail, i) => {
        const uitkomst = uitkomsten[i];
        return uitkomst.status === 'rejected' && isAdresGeweigerd(uitkomst.reason) ? [{ mail, fout: foutmelding(uitkomst.reason) }] : [];
      });
      const mislukt = mails.flatMap((mail, i) => {
        const uitkomst = uitkomsten[i];
        return uitkomst.status === 'rejected' && !isAdresGeweigerd(uitkomst.reason) ? [{ mail, fout: foutmelding(uitkomst.reason) }] : [];
      });
      if (verzonden.length) {
        await manager
          .createQueryBuilder()
          .update(UitgaandeEmail)
          .set({ status: 'verzonden', verzondenOp: () => 'now()', pogingen: () => 'pogingen + 1', laatsteFout: null })
          .whereInIds(verzonden.map((m) => m.id))
          .execute();
      }
      if (geweigerd.length) {
        await manager.query(
          `UPDATE "${schemaOf(this.dataSource)}".uitgaande_email e SET status = 'onbestelbaar', pogingen = e.pogingen + 1, laatste_fout = v.fout
             FROM unnest($1::uuid[], $2::text[]) AS v(id, fout) WHERE e.id = v.id`,
          [geweigerd.map(({ mail }) => mail.id), geweigerd.map(({ fout }) => fout)],
        );
        for (const { mail, fout } of geweigerd) {
          this.logger.warn({ email: mail.id, fout }, 'e-mailadres blijvend geweigerd; de e-mail is onbestelbaar (het bericht staat wel in de inbox)');
        }
      }
      if (mislukt.length) {
        const { eersteHerhalingMs, maxHerhalingMs } = this.settings.verzenden;
        const nu = new Date();
        await manager.query(
          `UPDATE "${schemaOf(this.dataSource)}".uitgaande_email e SET pogingen = e.pogingen + 1, volgende_poging = v.volgende, laatste_fout = v.fout
             FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS v(id, volgende, fout) WHERE e.id = v.id`,
          [
            mislukt.map(({ mail }) => mail.id),
            mislukt.map(({ mail }) => volgendePoging(nu, mail.pogingen + 1, eersteHerhalingMs, maxHerhalingMs).toISOString()),
            mislukt.map(({ fout }) => fout),
          ],
        );
        for (const { mail, fout } of mislukt) {
          this.logger.warn({ email: mail.id, pogingen: mail.pogingen + 1, fout }, 'e-mail niet verzonden; blijft in de wachtrij voor een nieuwe poging');
        }
      }
      return mails.length;
    });
  }

  private async verstuur(mail: UitgaandeEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.afzender,
      to: mail.adres,
      subject: mail.onderwerp,
      text: mail.tekst,
      html: mail.html,
      messageId: `<${mail.id}@${this.messageIdDomein}>`,
      // RFC 3834: no out-of-office replies to a machine.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }
}

function foutmelding(reden: unknown): string {
  return (reden instanceof Error ? reden.message : String(reden)).slice(0, 1000);
}
