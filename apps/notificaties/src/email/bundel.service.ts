import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { DueWork, DueWorkFabriek } from '@koers/due-work';
import { schemaOf } from '@koers/persistence';
import type { Categorie } from '../routering/categorieen';
import { PORTAAL } from '../routering/portaal';
import { BUNDEL_SETTINGS, BundelSettings } from './bundel.settings';
import { EmailMelding } from './email-melding.entity';
import { bundel } from './email.opmaak';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';
import { wekVerzender } from './email.verzender';
import { nieuweEmail, UitgaandeEmail } from './uitgaande-email.entity';

/**
 * Sends what waited in an hour window (email-venster.ts) as one e-mail per person and category once
 * the window ended (@koers/due-work in the transaction: the windows whose bundle is due by the
 * injected clock are claimed, their waiting messages bundled and marked, the e-mail queued). A crash
 * rolls back and the bundle goes on the next run, once.
 */
@Injectable()
export class BundelService {
  private readonly werk: DueWork;

  constructor(
    @Inject(EMAIL_SETTINGS) private readonly email: EmailSettings,
    @Inject(BUNDEL_SETTINGS) private readonly settings: BundelSettings,
    dueWork: DueWorkFabriek,
  ) {
    this.werk = dueWork.inTransactie({
      naam: 'email-bundels',
      intervalMs: settings.controleIntervalMs,
      batch: 100,
      due: { tabel: 'email_venster', wanneer: 'd.bundel_op IS NOT NULL AND d.bundel_op <= $1', volgorde: 'd.bundel_op' },
      verwerk: (manager, ids, nu) => this.bundel(manager, ids, nu),
    });
  }

  /** Every bundle due now, batch after batch; returns how many windows were done. */
  verstuur(): Promise<number> {
    return this.werk.werkAf();
  }

  private async bundel(manager: EntityManager, ids: string[], nu: Date): Promise<void> {
    const s = schemaOf(manager.connection);
    // An UPDATE answers [rows, count] through TypeORM.
    const [vensters]: [Array<{ ontvanger_sub: string; categorie: Categorie }>, number] = await manager.query(
      `UPDATE "${s}".email_venster SET bundel_op = NULL WHERE id = ANY($1::uuid[]) RETURNING ontvanger_sub, categorie`,
      [ids],
    );
    const mails: UitgaandeEmail[] = [];
    const bundeling: Array<{ melding: string; mail: string }> = [];
    for (const venster of vensters) {
      const open = await manager.getRepository(EmailMelding).find({
        where: { ontvangerSub: venster.ontvanger_sub, categorie: venster.categorie, wijze: 'gebundeld', uitgaandeEmailId: IsNull() },
        order: { aangemaaktOp: 'ASC', id: 'ASC' },
      });
      if (!open.length) continue;
      const id = randomUUID();
      // The address as last known from Keycloak, in case it changed during the hour.
      const ontvanger = { ontvangerSub: venster.ontvanger_sub, adres: open[open.length - 1].adres };
      mails.push(nieuweEmail(ontvanger, 'bundel', bundel(open, this.email.portaalUrl, this.settings.directPerUur, PORTAAL.inbox), nu, id));
      bundeling.push(...open.map((melding) => ({ melding: melding.id, mail: id })));
    }
    if (!mails.length) return;
    await manager.createQueryBuilder().insert().into(UitgaandeEmail).values(mails).execute();
    await manager.query(
      `UPDATE "${s}".email_melding m SET uitgaande_email_id = v.mail FROM unnest($1::uuid[], $2::uuid[]) AS v(melding, mail) WHERE m.id = v.melding`,
      [bundeling.map((b) => b.melding), bundeling.map((b) => b.mail)],
    );
    await wekVerzender(manager);
  }
}
