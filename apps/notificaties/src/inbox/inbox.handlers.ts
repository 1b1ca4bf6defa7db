import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AFWIJKING_GEDETECTEERD_V1,
  AfwijkingGedetecteerdV1,
  CloudEvent,
  CONSENSUS_GEVRAAGD_V1,
  ConsensusGevraagdV1,
  SIGNAAL_INGEDIEND_V1,
  SignaalIngediendV1,
  TERMIJN_VERSTREKEN_V1,
  TermijnVerstrekenV1,
} from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { EmailService } from '../email/email.service';
import { ROUTERING } from '../routering/routering';
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
  ) {}

  @HandlesEvent(SIGNAAL_INGEDIEND_V1)
  async signaalIngediend(event: CloudEvent<SignaalIngediendV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  @HandlesEvent(CONSENSUS_GEVRAAGD_V1)
  async consensusGevraagd(event: CloudEvent<ConsensusGevraagdV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  @HandlesEvent(TERMIJN_VERSTREKEN_V1)
  async termijnVerstreken(event: CloudEvent<TermijnVerstrekenV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  @HandlesEvent(AFWIJKING_GEDETECTEERD_V1)
  async afwijkingGedetecteerd(event: CloudEvent<AfwijkingGedetecteerdV1>, manager: EntityManager): Promise<void> {
    await this.route(event, manager);
  }

  private async route(event: CloudEvent, manager: EntityManager): Promise<void> {
    const route = ROUTERING[event.type](event as CloudEvent<never>);
    const gebruikers = await this.inbox.bezorg(event, route, manager);
    const email = await this.email.plan(event, route, gebruikers, manager);
    this.logger.log({ eventId: event.id, eventType: event.type, regio: event.regio, bezorgd: gebruikers.length, email }, 'inbox items and e-mail created');
  }
}
