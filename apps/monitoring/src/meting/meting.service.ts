import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { getal, NietGevonden, toon, zichtbareWaarde } from '@koers/domain';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { alsPunt } from '../reeks/reeks.service';
import { MetingResponse } from './dto/meting.dto';
import { Meting, MetingHistorie } from './meting.entity';

const metingen = new TenantRepository(Meting);

@Injectable()
export class MetingService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** One measurement with its earlier values; small numbers suppressed in the history too. */
  async een(tenant: TenantContext, id: string): Promise<MetingResponse> {
    const meting = await metingen.findOne(this.dataSource.manager, tenant, { id });
    if (!meting) throw new NietGevonden(`Meting ${id}`);
    const historie = await this.dataSource.getRepository(MetingHistorie).find({ where: { metingId: id }, order: { versie: 'ASC' } });
    return {
      ...alsPunt(meting, tenant),
      id: meting.id,
      regio: meting.regio,
      indicator: meting.indicator,
      ...(meting.gemeente ? { gemeente: meting.gemeente } : {}),
      aanleverancier: meting.aanleverancier,
      gewijzigdOp: meting.gewijzigdOp.toISOString(),
      historie: historie.map((eerder) => {
        const cijfer = getal(eerder.waarde, { gemeente: meting.gemeente, teller: eerder.teller }, tenant);
        return {
          waarde: zichtbareWaarde(cijfer),
          weergave: toon(cijfer),
          versie: eerder.versie,
          aanleverancier: eerder.aanleverancier,
          geldigVanaf: eerder.geldigVanaf.toISOString(),
          vervangenOp: eerder.vervangenOp.toISOString(),
        };
      }),
    };
  }
}
