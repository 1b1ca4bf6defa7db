import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Gebruiker } from '@koers/auth';
import { CloudEvent } from '@koers/contracts';
import { Route } from '../routering/routering.rules';
import { VoorkeurService } from '../voorkeur/voorkeur.service';
import { EmailMelding } from './email-melding.entity';
import { EmailInhoud, losseEmail } from './email.opmaak';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';
import { wekVerzender } from './email.verzender';
import { UitgaandeEmail } from './uitgaande-email.entity';

export interface EmailPlanning {
  direct: number;
  dagelijks: number;
  uit: number;
  zonderAdres: number;
}

/** Turns a routed message into e-mail, as each recipient chose for its category at this moment. */
@Injectable()
export class EmailService {
  constructor(
    private readonly voorkeuren: VoorkeurService,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
  ) {}

  /**
   * Queues the e-mail in the transaction that marks the event handled, so a crash never loses or
   * doubles one: `direct` becomes an outgoing e-mail now, `dagelijks` waits for the next daily digest,
   * `uit` gets none (the inbox still has the message).
   */
  async plan(event: CloudEvent, route: Route, gebruikers: Gebruiker[], manager: EntityManager): Promise<EmailPlanning> {
    const metAdres = gebruikers.filter((g): g is Gebruiker & { email: string } => Boolean(g.email));
    const keuzes = await this.voorkeuren.keuzes(manager, metAdres.map((g) => g.id), route.categorie);
    const nu = new Date();
    const inhoud = losseEmail({ categorie: route.categorie, ...route.bericht }, this.settings.portaalUrl);
    const meldingen: EmailMelding[] = [];
    const mails = new Map<string, UitgaandeEmail>();
    for (const gebruiker of metAdres) {
      const keuze = keuzes.get(gebruiker.id);
      if (keuze === 'uit') continue;
      const mail = keuze === 'direct' ? this.directeMail(gebruiker, inhoud, nu) : undefined;
      if (mail) mails.set(mail.id, mail);
      meldingen.push({
        id: randomUUID(),
        regio: event.regio,
        ontvangerSub: gebruiker.id,
        adres: gebruiker.email,
        eventId: event.id,
        eventType: event.type,
        categorie: route.categorie,
        wijze: keuze === 'direct' ? 'direct' : 'dagelijks',
        ...route.bericht,
        aangemaaktOp: nu,
        uitgaandeEmailId: mail?.id ?? null,
      });
    }
    const planning = {
      direct: mails.size,
      dagelijks: meldingen.length - mails.size,
      uit: metAdres.length - meldingen.length,
      zonderAdres: gebruikers.length - metAdres.length,
    };
    if (!meldingen.length) return planning;

    // A message already queued for this person and event (a replay) keeps its one e-mail.
    const { raw } = await manager.createQueryBuilder().insert().into(EmailMelding).values(meldingen).orIgnore().returning('uitgaande_email_id').execute();
    const nieuw = (raw as Array<{ uitgaande_email_id: string | null }>).flatMap((r) => {
      const mail = r.uitgaande_email_id ? mails.get(r.uitgaande_email_id) : undefined;
      return mail ? [mail] : [];
    });
    if (nieuw.length) {
      await manager.createQueryBuilder().insert().into(UitgaandeEmail).values(nieuw).execute();
      await wekVerzender(manager);
    }
    return planning;
  }

  private directeMail(gebruiker: Gebruiker & { email: string }, inhoud: EmailInhoud, nu: Date): UitgaandeEmail {
    return {
      id: randomUUID(),
      ontvangerSub: gebruiker.id,
      adres: gebruiker.email,
      soort: 'direct',
      ...inhoud,
      status: 'wachtend',
      pogingen: 0,
      volgendePoging: nu,
      laatsteFout: null,
      aangemaaktOp: nu,
      verzondenOp: null,
    };
  }
}
