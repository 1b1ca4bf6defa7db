import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { EmailService } from '../email/email.service';
import { InboxService } from '../inbox/inbox.service';
import { DEELNEMERS_ROUTERING, deelnemersEventTypes } from '../routering/tafel-deelnemers.rules';
import { TafelsClient } from './tafels.client';

/**
 * Facts about a table as a whole (its close) for the people at it: the event names no people, so
 * who they are is read from tafels, then routed to inbox and e-mail in the transaction that marks
 * the event handled. Tafels down → the event is retried later, nothing is lost.
 */
@Injectable()
export class TafelDeelnemersHandlers {
  private readonly logger = new Logger(TafelDeelnemersHandlers.name);

  constructor(
    private readonly tafels: TafelsClient,
    private readonly inbox: InboxService,
    private readonly email: EmailService,
  ) {}

  @HandlesEvent(...deelnemersEventTypes())
  async route(event: CloudEvent, manager: EntityManager): Promise<void> {
    const { tafelId } = event.data as { tafelId: string };
    const tafel = await this.tafels.ontvangers(tafelId);
    let bezorgd = 0;
    for (const route of DEELNEMERS_ROUTERING[event.type](event as CloudEvent<never>, tafel)) {
      const gebruikers = await this.inbox.bezorg(event, route, manager);
      await this.email.plan(event, route, gebruikers, manager);
      bezorgd += gebruikers.length;
    }
    this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, bezorgd }, 'table fact routed to its participants');
  }
}
