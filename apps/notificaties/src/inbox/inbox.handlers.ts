import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { ROUTERING } from '../routering/routering';
import { InboxService } from './inbox.service';

/** Translates events that concern people into inbox items; who and what is decided by the routing table. */
@Injectable()
export class InboxHandlers {
  private readonly logger = new Logger(InboxHandlers.name);

  constructor(private readonly inbox: InboxService) {}

  @HandlesEvent(SIGNAAL_INGEDIEND_V1)
  async signaalIngediend(event: CloudEvent<SignaalIngediendV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  @HandlesEvent(AFWIJKING_GEDETECTEERD_V1)
  async afwijkingGedetecteerd(event: CloudEvent<AfwijkingGedetecteerdV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  private async route(event: CloudEvent, manager: EntityManager): Promise<void> {
    const route = ROUTERING[event.type](event as CloudEvent<never>);
    const bezorgd = await this.inbox.bezorg(event, route, manager);
    this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, bezorgd }, 'inbox items created');
  }
}
