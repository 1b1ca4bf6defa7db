import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFSPRAAK_VASTGELEGD_V1, AfspraakVastgelegdV1, CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { MonitoringplanService } from './monitoringplan.service';

@Injectable()
export class MonitoringplanHandlers {
  constructor(private readonly plannen: MonitoringplanService) {}

  /** A recorded agreement confirms its plan; a plan of another subject or region is refused (dead letter). */
  @HandlesEvent(AFSPRAAK_VASTGELEGD_V1)
  async afspraakVastgelegd(event: CloudEvent<AfspraakVastgelegdV1>, manager: EntityManager): Promise<void> {
    await this.plannen.bevestig(manager, event.data);
  }
}
