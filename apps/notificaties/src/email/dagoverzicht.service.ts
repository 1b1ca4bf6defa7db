import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { EmailMelding } from './email-melding.entity';
import { dagoverzicht } from './email.opmaak';
import { laatsteDagoverzichtMoment } from './email.rules';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';
import { wekVerzender } from './email.verzender';
import { nieuweEmail, UitgaandeEmail } from './uitgaande-email.entity';

/**
 * The daily digest: everything collected for a `dagelijks` reader up to the last digest moment goes
 * out in one e-mail per reader. The run keeps no state of its own and may run as often as it likes:
 * what is bundled is marked in the same transaction, so nothing is bundled twice or left behind.
 */
@Injectable()
export class DagoverzichtService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
  ) {}

  /** Bundles what is due at `nu` (the scheduler passes the clock); returns the number of digests queued. */
  async verstuur(nu: Date): Promise<number> {
    const { tijd, tijdzone } = this.settings.dagoverzicht;
    const moment = laatsteDagoverzichtMoment(nu, tijd, tijdzone);
    return this.dataSource.transaction(async (manager) => {
      const meldingen = await manager.getRepository(EmailMelding).find({
        where: { wijze: 'dagelijks', uitgaandeEmailId: IsNull(), aangemaaktOp: LessThanOrEqual(moment) },
        order: { ontvangerSub: 'ASC', aangemaaktOp: 'ASC', id: 'ASC' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!meldingen.length) return 0;

      // `nu` decides what is due; the digest itself goes out as soon as it can.
      const gemaakt = new Date();
      const perOntvanger = new Map<string, EmailMelding[]>();
      for (const melding of meldingen) perOntvanger.set(melding.ontvangerSub, [...(perOntvanger.get(melding.ontvangerSub) ?? []), melding]);
      const mails: UitgaandeEmail[] = [];
      const bundeling: Array<{ melding: string; mail: string }> = [];
      for (const [ontvangerSub, eigen] of perOntvanger) {
        const id = randomUUID();
        // The address as last known from Keycloak, in case it changed during the day.
        const ontvanger = { ontvangerSub, adres: eigen[eigen.length - 1].adres };
        mails.push(nieuweEmail(ontvanger, 'dagoverzicht', dagoverzicht(eigen, this.settings.portaalUrl), gemaakt, id));
        bundeling.push(...eigen.map((melding) => ({ melding: melding.id, mail: id })));
      }
      await manager.createQueryBuilder().insert().into(UitgaandeEmail).values(mails).execute();
      await wekVerzender(manager);
      await manager.query(
        `UPDATE "${schemaOf(this.dataSource)}".email_melding m SET uitgaande_email_id = v.mail
           FROM unnest($1::uuid[], $2::uuid[]) AS v(melding, mail) WHERE m.id = v.melding`,
        [bundeling.map((b) => b.melding), bundeling.map((b) => b.mail)],
      );
      return mails.length;
    });
  }
}
