import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { Regioregister } from '@koers/register';
import { EmailService } from '../email/email.service';
import { gerouteerdeEventTypes, ROUTERING } from '../routering/routering.rules';
import { InboxService } from './inbox.service';

/**
 * Translates events that concern people into inbox items and e-mail; who and what is decided by the
 * routing table. Both are written in the transaction that marks the event handled.
 */
@Injectable()
export class InboxHandlers {
  private readonly logger = new Logger(InboxHandlers.name);

  constructor(
    private readonly inbox: InboxService,
    private readonly email: EmailService,
    private readonly register: Regioregister,
  ) {}

  /** Every type in the routing table, and only those: an entry there is all it takes to be routed. */
  @HandlesEvent(...gerouteerdeEventTypes())
  async route(event: CloudEvent, manager: EntityManager): Promise<void> {
    const route = ROUTERING[event.type](event as CloudEvent<never>, await this.register.gemeenten(event.regio, manager));
    const gebruikers = await this.inbox.bezorg(event, route, manager);
    const email = await this.email.plan(event, route, gebruikers, manager);
    this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, bezorgd: gebruikers.length, email }, 'inbox items and e-mail created');
  }
}
