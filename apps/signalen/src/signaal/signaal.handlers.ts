import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent, TAFEL_AFGEROND_V1, TAFEL_GESTART_V1, TafelAfgerondV1, TafelGestartV1 } from '@koers/contracts';
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
    const { signaalId, nieuw, tafelId, gekoppeld } = await this.signalen.verwerkAfwijking(manager, event);
    const wat = nieuw ? 'signaal aangemaakt uit afwijking' : tafelId ? 'afwijking gekoppeld aan lopende koerstafel' : 'afwijking toegevoegd aan open signaal';
    this.logger.log({ eventId: event.id, signaalId, nieuw, tafelId, gekoppeld, indicator: event.data.indicator }, wat);
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

  /** The koerstafel on a signal was closed: its trend is free again. */
  @HandlesEvent(TAFEL_AFGEROND_V1)
  async tafelAfgerond(event: CloudEvent<TafelAfgerondV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.signalen.tafelAfgerond(manager, event);
    this.logger.log({ eventId: event.id, signaalId: event.data.signaalId, tafelId: event.data.tafelId, uitkomst }, 'koerstafel op signaal afgerond');
  }
}
