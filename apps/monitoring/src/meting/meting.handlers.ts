import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, METINGEN_AANGELEVERD_V1, MetingenAangeleverdV1 } from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { MetingIntakeService } from './meting-intake.service';
import { controleerTellerNoemer } from './meting.rules';

/** Measurements delivered over the bus go through the same intake as the API, in the handler's transaction. */
@Injectable()
export class MetingHandlers {
  private readonly logger = new Logger(MetingHandlers.name);

  constructor(private readonly intake: MetingIntakeService) {}

  @HandlesEvent(METINGEN_AANGELEVERD_V1)
  async metingenAangeleverd(event: CloudEvent<MetingenAangeleverdV1>, manager: EntityManager): Promise<void> {
    const { data } = event;
    const rijen = data.metingen.map((meting, index) => {
      const regel = index + 1;
      const rij = {
        regel,
        indicator: meting.indicator,
        gemeente: meting.gemeente ?? null,
        periode: meting.periode,
        waarde: meting.waarde,
        teller: meting.teller ?? null,
        noemer: meting.noemer ?? null,
        bron: data.bron,
      };
      const fouten = controleerTellerNoemer(regel, rij.teller, rij.noemer);
      return fouten.length ? { fouten } : { rij };
    });
    const resultaat = await this.intake.neemAanIn(manager, { regio: data.regio, aanleverancier: data.aanleverancier, standaardBron: data.bron }, rijen);
    this.logger.log({ eventId: event.id, regio: data.regio, aanleverancier: data.aanleverancier, ...resultaat }, 'metingen aangeleverd via de bus');
  }
}
