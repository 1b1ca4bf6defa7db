import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { SignaalService } from './signaal.service';

/** Reactions to other services' events: they only translate an event into a use case of SignaalService. */
@Injectable()
export class SignaalHandlers {
  private readonly logger = new Logger(SignaalHandlers.name);

  constructor(private readonly signalen: SignaalService) {}

  @HandlesEvent(AFWIJKING_GEDETECTEERD_V1)
  async afwijkingGedetecteerd(event: CloudEvent<AfwijkingGedetecteerdV1>, manager: EntityManager): Promise<void> {
    const { signaalId, nieuw } = await this.signalen.verwerkAfwijking(manager, event);
    this.logger.log({ eventId: event.id, signaalId, nieuw, indicator: event.data.indicator }, nieuw ? 'signaal aangemaakt uit afwijking' : 'afwijking toegevoegd aan open signaal');
  }
}
