import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { EmailService } from '../email/email.service';
import { InboxService } from '../inbox/inbox.service';
import { BIJEENKOMST_ROUTERING, bijeenkomstEventTypes, isVerouderd } from '../routering/bijeenkomst.rules';
import { TafelsClient } from './tafels.client';

/**
 * A table's meetings: events carry ids and times only, so the invitation (place, link, agenda and
 * who is invited) is read from tafels, then routed to inbox and e-mail in the transaction that
 * marks the event handled. Tafels down → the event is retried later, nothing is lost.
 */
@Injectable()
export class UitnodigingHandlers {
  private readonly logger = new Logger(UitnodigingHandlers.name);

  constructor(
    private readonly tafels: TafelsClient,
    private readonly inbox: InboxService,
    private readonly email: EmailService,
  ) {}

  @HandlesEvent(...bijeenkomstEventTypes())
  async route(event: CloudEvent, manager: EntityManager): Promise<void> {
    const { tafelId, bijeenkomstId } = event.data as { tafelId: string; bijeenkomstId: string };
    const uitnodiging = await this.tafels.uitnodiging(tafelId, bijeenkomstId);
    if (isVerouderd(event as CloudEvent<never>, uitnodiging)) {
      this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, volgnummer: uitnodiging.volgnummer }, 'meeting changed since this event; the newer event sends it');
      return;
    }
    let bezorgd = 0;
    for (const route of BIJEENKOMST_ROUTERING[event.type](event as CloudEvent<never>, uitnodiging)) {
      const gebruikers = await this.inbox.bezorg(event, route, manager);
      await this.email.plan(event, route, gebruikers, manager);
      bezorgd += gebruikers.length;
    }
    this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, bezorgd }, 'meeting routed to inbox and e-mail');
  }
}
