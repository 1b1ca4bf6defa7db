import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AFSPRAAK_OPGESTELD_V1, AfspraakOpgesteldV1, CloudEvent } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { AfspraakService } from './afspraak.service';

@Injectable()
export class AfspraakHandlers {
  constructor(private readonly afspraken: AfspraakService) {}

  @HandlesEvent(AFSPRAAK_OPGESTELD_V1)
  async afspraakOpgesteld(event: CloudEvent<AfspraakOpgesteldV1>, manager: EntityManager): Promise<void> {
    await this.afspraken.neemOp(manager, event.data);
  }
}
