import { Inject, Injectable } from '@nestjs/common';
import { nederlandseDatum } from '@koers/domain';
import { KLOK, Klok } from '@koers/due-work';
import type { Afspraak } from '../afspraak/afspraak.entity';
import { isHuidig } from '../afspraak/afspraak.rules';
import type { Tafel } from '../tafel/tafel.entity';
import type { TafelOpvolgingResponse } from './dto/opvolging.response';
import { MonitoringStandClient } from './monitoring-stand.client';
import { opvolgingVan } from './opvolging.rules';

/** The follow-up of a table's agreements for one viewer: one read of monitoring per view, with the viewer's token. */
@Injectable()
export class OpvolgingService {
  constructor(
    private readonly monitoring: MonitoringStandClient,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async van(tafel: Pick<Tafel, 'regio'>, afspraken: readonly Afspraak[], bearer: string): Promise<TafelOpvolgingResponse> {
    const huidig = afspraken.filter((a) => isHuidig(a.status));
    const plannen = await this.monitoring.stand(bearer, tafel.regio, huidig.map((a) => a.id));
    const vandaag = nederlandseDatum(this.klok.nu());
    return { vandaag, cijfers: plannen ? 'beschikbaar' : 'onbeschikbaar', afspraken: opvolgingVan(huidig, vandaag, plannen) };
  }
}
