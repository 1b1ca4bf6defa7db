import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFWIJKING_GEKOPPELD_V1, AfwijkingGekoppeldV1, CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { AfrondingService } from './afronding.service';

/** Signalen's facts about a running table; each only translates into a use case. */
@Injectable()
export class AfrondingHandlers {
  private readonly logger = new Logger(AfrondingHandlers.name);

  constructor(private readonly afronding: AfrondingService) {}

  @HandlesEvent(AFWIJKING_GEKOPPELD_V1)
  async afwijkingGekoppeld(event: CloudEvent<AfwijkingGekoppeldV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.afronding.afwijkingGekoppeld(manager, event);
    this.logger.log({ eventId: event.id, tafelId: event.data.tafelId, signaalId: event.data.signaalId, indicator: event.data.indicator, uitkomst }, 'afwijking gekoppeld aan koerstafel');
  }
}
