import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Gebruiker } from '@koers/auth';
import { CloudEvent } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import type { Route } from '../routering/route';
import { VoorkeurService } from '../voorkeur/voorkeur.service';
import { BUNDEL_SETTINGS, BundelSettings } from './bundel.settings';
import { EmailMelding, Verzendwijze } from './email-melding.entity';
import { telInVenster, Vensterstand } from './email-venster';
import { EmailInhoud, losseEmail } from './email.opmaak';
import { Adres, Bijlage, kalenderbijlage, leesAfzender } from './kalender';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';
import { wekVerzender } from './email.verzender';
import { nieuweEmail, UitgaandeEmail } from './uitgaande-email.entity';

export interface EmailPlanning {
  direct: number;
  /** Past the direct e-mails of the hour: waiting for the bundle at the end of the window. */
  gebundeld: number;
  dagelijks: number;
  uit: number;
  zonderAdres: number;
}

/** Turns a routed message into e-mail, as each recipient chose for its category at this moment. */
@Injectable()
export class EmailService {
  private readonly organisator: Adres;

  constructor(
    private readonly voorkeuren: VoorkeurService,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
    @Inject(BUNDEL_SETTINGS) private readonly bundels: BundelSettings,
    @Inject(KLOK) private readonly klok: Klok,
  ) {
    this.organisator = leesAfzender(settings.afzender);
  }

  /**
   * Queues the e-mail in the transaction that marks the event handled, so a crash never loses or
   * doubles one: `direct` becomes an outgoing e-mail now — unless the person already had
   * `directPerUur` of this category in the hour, then it waits for one bundled e-mail at the end of
   * that hour — `dagelijks` waits for the next daily digest, `uit` gets none (the inbox still has it).
   * A meeting for the calendar (`route.kalender`: an invitation, move or cancellation) always goes at
   * once, with its .ics attachment for each recipient, and is not counted in the hour window.
   */
  async plan(event: CloudEvent, route: Route, gebruikers: Gebruiker[], manager: EntityManager): Promise<EmailPlanning> {
    const metAdres = gebruikers.filter((g): g is Gebruiker & { email: string } => Boolean(g.email));
    const { kalender } = route;
    const keuzes = kalender
      ? new Map(metAdres.map((g) => [g.id, 'direct' as const]))
      : await this.voorkeuren.keuzes(manager, metAdres.map((g) => g.id), route.categorie);
    const nu = this.klok.nu();
    const direct = metAdres.filter((g) => keuzes.get(g.id) === 'direct').map((g) => g.id);
    const vensters = kalender ? new Map<string, Vensterstand>() : await telInVenster(manager, direct, route.categorie, nu, this.bundels.directPerUur);
    const inhoud = losseEmail({ categorie: route.categorie, ...route.bericht }, this.settings.portaalUrl, { uitnodiging: Boolean(kalender) });
    const bijlagen = (g: Gebruiker & { email: string }): Bijlage[] =>
      kalender ? [kalenderbijlage(kalender, { email: g.email, ...(g.naam ? { naam: g.naam } : {}) }, this.organisator, this.settings.portaalUrl)] : [];
    const meldingen: EmailMelding[] = [];
    const mails = new Map<string, UitgaandeEmail>();
    for (const gebruiker of metAdres) {
      const keuze = keuzes.get(gebruiker.id);
      if (keuze === 'uit') continue;
      const venster = vensters.get(gebruiker.id);
      const wijze: Verzendwijze = keuze !== 'direct' ? 'dagelijks' : venster && venster.aantal > this.bundels.directPerUur ? 'gebundeld' : 'direct';
      const mail = wijze === 'direct' ? this.directeMail(gebruiker, inhoud, nu, bijlagen(gebruiker)) : undefined;
      if (mail) mails.set(mail.id, mail);
      meldingen.push({
        id: randomUUID(),
        regio: event.regio,
        ontvangerSub: gebruiker.id,
        adres: gebruiker.email,
        eventId: event.id,
        eventType: event.type,
        categorie: route.categorie,
        wijze,
        ...route.bericht,
        aangemaaktOp: nu,
        uitgaandeEmailId: mail?.id ?? null,
      });
    }
    const gebundeld = meldingen.filter((m) => m.wijze === 'gebundeld').length;
    const planning = {
      direct: mails.size,
      gebundeld,
      dagelijks: meldingen.length - mails.size - gebundeld,
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

  private directeMail(gebruiker: Gebruiker & { email: string }, inhoud: EmailInhoud, nu: Date, bijlagen: Bijlage[]): UitgaandeEmail {
    return nieuweEmail({ ontvangerSub: gebruiker.id, adres: gebruiker.email }, 'direct', { ...inhoud, bijlagen }, nu, randomUUID());
  }
}
