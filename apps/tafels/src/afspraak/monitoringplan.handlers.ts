import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CloudEvent,
  MONITORINGPLAN_AANGEMAAKT_V1,
  MONITORINGPLAN_BEVESTIGD_V1,
  MONITORINGPLAN_GEEVALUEERD_V1,
  MonitoringplanAangemaaktV1,
  MonitoringplanBevestigdV1,
  MonitoringplanGeevalueerdV1,
} from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { EvaluatieService } from './evaluatie.service';
import { VastleggingService } from './vastlegging.service';

/** Monitoring's facts about plans, linked to agreements by id; each only translates into a use case. */
@Injectable()
export class MonitoringplanHandlers {
  private readonly logger = new Logger(MonitoringplanHandlers.name);

  constructor(
    private readonly vastlegging: VastleggingService,
    private readonly evaluatie: EvaluatieService,
  ) {}

  @HandlesEvent(MONITORINGPLAN_AANGEMAAKT_V1)
  async aangemaakt(event: CloudEvent<MonitoringplanAangemaaktV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.vastlegging.planAangemaakt(manager, event);
    this.logger.log({ eventId: event.id, monitoringplanId: event.data.monitoringplanId, onderwerp: event.data.onderwerp, uitkomst }, 'monitoringplan aangemaakt');
  }

  @HandlesEvent(MONITORINGPLAN_BEVESTIGD_V1)
  async bevestigd(event: CloudEvent<MonitoringplanBevestigdV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.vastlegging.planBevestigd(manager, event);
    this.logger.log({ eventId: event.id, monitoringplanId: event.data.monitoringplanId, onderwerp: event.data.onderwerp, uitkomst }, 'monitoringplan bevestigd');
  }

  @HandlesEvent(MONITORINGPLAN_GEEVALUEERD_V1)
  async geevalueerd(event: CloudEvent<MonitoringplanGeevalueerdV1>, manager: EntityManager): Promise<void> {
    const uitkomst = await this.evaluatie.planGeevalueerd(manager, event);
    this.logger.log({ eventId: event.id, monitoringplanId: event.data.monitoringplanId, onderwerp: event.data.onderwerp, oordeel: event.data.oordeel, uitkomst }, 'monitoringplan geevalueerd');
  }
}
