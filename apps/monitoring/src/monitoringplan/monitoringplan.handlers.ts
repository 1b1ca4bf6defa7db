import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFSPRAAK_INGETROKKEN_V1, AFSPRAAK_VASTGELEGD_V1, AfspraakIngetrokkenV1, AfspraakVastgelegdV1, CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { AfspraakService } from '../afspraak/afspraak.service';
import { MonitoringplanService } from './monitoringplan.service';

@Injectable()
export class MonitoringplanHandlers {
  constructor(
    private readonly plannen: MonitoringplanService,
    private readonly afspraken: AfspraakService,
  ) {}

  /** A recorded agreement confirms its plan; a plan of another subject or region is refused (dead letter). */
  @HandlesEvent(AFSPRAAK_VASTGELEGD_V1)
  async afspraakVastgelegd(event: CloudEvent<AfspraakVastgelegdV1>, manager: EntityManager): Promise<void> {
    await this.plannen.bevestig(manager, event.data);
  }

  /** A dropped concept: no new plan for it, and the plan made for it lapses instead of being judged. */
  @HandlesEvent(AFSPRAAK_INGETROKKEN_V1)
  async afspraakIngetrokken(event: CloudEvent<AfspraakIngetrokkenV1>, manager: EntityManager): Promise<void> {
    await this.afspraken.trekIn(manager, event.data);
    await this.plannen.laatVervallen(manager, event.data);
  }
}
