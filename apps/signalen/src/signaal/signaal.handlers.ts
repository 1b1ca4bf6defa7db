import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent, TAFEL_GESTART_V1, TafelGestartV1 } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { SignaalService } from './signaal.service';
import { TafelGestartService } from './tafel-gestart.service';

/** Reactions to other services' events: they only translate an event into a use case of SignaalService. */
@Injectable()
export class SignaalHandlers {
  private readonly logger = new Logger(SignaalHandlers.name);

  constructor(
    private readonly signalen: SignaalService,
    private readonly tafelGestartOp: TafelGestartService,
  ) {}

  @HandlesEvent(AFWIJKING_GEDETECTEERD_V1)
  async afwijkingGedetecteerd(event: CloudEvent<AfwijkingGedetecteerdV1>, manager: EntityManager): Promise<void> {
    const { signaalId, nieuw } = await this.signalen.verwerkAfwijking(manager, event);
    this.logger.log({ eventId: event.id, signaalId, nieuw, indicator: event.data.indicator }, nieuw ? 'signaal aangemaakt uit afwijking' : 'afwijking toegevoegd aan open signaal');
  }

  /**
   * A koerstafel started on a signal. A tafel on an unknown signal or on one without consensus is
   * refused (dead-lettered at once with the reason): retrying cannot make it right, and recording
   * it silently would leave tafels and signalen disagreeing without anyone knowing.
   */
  @HandlesEvent(TAFEL_GESTART_V1)
  async tafelGestart(event: CloudEvent<TafelGestartV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.tafelGestartOp.verwerk(manager, event);
    this.logger.log({ eventId: event.id, signaalId: event.data.signaalId, tafelId: event.data.tafelId, uitkomst }, 'koerstafel gestart op signaal');
  }
}
