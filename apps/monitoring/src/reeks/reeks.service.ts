import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { getal, Kijker, NietGevonden, toon } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { GebiedService } from '../gebied/gebied.service';
import { IndicatorService } from '../indicator/indicator.service';
import { KoersdoelService } from '../koersdoel/koersdoel.service';
import { DuidingResponse } from '../duiding/dto/duiding.dto';
import { DuidingService } from '../duiding/duiding.service';
import { Meting } from '../meting/meting.entity';
import { leesPeriode, vergelijkPeriodes } from '../meting/periode.rules';
import { ReeksPunt, ReeksQuery, ReeksResponse, VergelijkingQuery, VergelijkingResponse } from './dto/reeks.dto';

@Injectable()
export class ReeksService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
    private readonly koersdoelen: KoersdoelService,
    private readonly duidingen: DuidingService,
  ) {}

  /** indicator × gemeente (or the whole region) over all periods, oldest first. */
  async reeks(tenant: TenantContext, query: ReeksQuery): Promise<ReeksResponse> {
    const regio = kiesRegio(tenant, query.regio);
    await this.indicatoren.een(tenant, query.indicator, regio);
    if (query.gemeente && !(await this.gebieden.gemeentenVan(regio)).has(query.gemeente)) throw new NietGevonden(`Gemeente ${query.gemeente}`);
    const [doel, duidingen] = await Promise.all([
      this.koersdoelen.voorReeks(this.dataSource.manager, regio, query.indicator, query.gemeente ?? null),
      this.duidingen.bijReeks(regio, query.indicator, query.gemeente ?? null),
    ]);
    const metingen = await this.dataSource
      .getRepository(Meting)
      .createQueryBuilder('m')
      .where('m.regio = :regio AND m.indicator = :indicator', { regio, indicator: query.indicator })
      .andWhere(`COALESCE(m.gemeente, '') = :gemeente`, { gemeente: query.gemeente ?? '' })
      .andWhere(query.bron ? 'm.bron = :bron' : 'TRUE', { bron: query.bron })
      .getMany();
    return {
      regio,
      indicator: query.indicator,
      ...(query.gemeente ? { gemeente: query.gemeente } : {}),
      ...(doel
        ? {
            koersdoel: {
              id: doel.id,
              doelwaarde: doel.doelwaarde,
              richting: doel.richting,
              koersdocumentSectie: doel.koersdocumentSectie,
              ...(doel.gemeente ? { gemeente: doel.gemeente } : {}),
            },
          }
        : {}),
      punten: sorteer(metingen).map((m) => alsPunt(m, tenant)),
      duidingen: duidingen.map(DuidingResponse.from),
    };
  }

  /** One indicator and period across every gemeente of the region. */
  async vergelijking(tenant: TenantContext, query: VergelijkingQuery): Promise<VergelijkingResponse> {
    const regio = kiesRegio(tenant, query.regio);
    await this.indicatoren.een(tenant, query.indicator, regio);
    const [gemeenten, metingen] = await Promise.all([
      this.gebieden.gemeentenVan(regio),
      this.dataSource.getRepository(Meting).find({ where: { regio, indicator: query.indicator, periode: query.periode }, order: { bron: 'ASC' } }),
    ]);
    return {
      regio,
      indicator: query.indicator,
      periode: query.periode,
      gemeenten: [...gemeenten.values()]
        .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
        .map((gemeente) => ({
          gemeente: gemeente.code,
          naam: gemeente.naam,
          punten: metingen.filter((m) => m.gemeente === gemeente.code).map((m) => alsPunt(m, tenant)),
        })),
    };
  }
}

function sorteer(metingen: Meting[]): Meting[] {
  const periodeVan = new Map(metingen.map((m) => [m, leesPeriode(m.periode)]));
  return [...metingen].sort((a, b) => {
    const pa = periodeVan.get(a);
    const pb = periodeVan.get(b);
    const opPeriode = pa && pb ? vergelijkPeriodes(pa, pb) : a.periode.localeCompare(b.periode);
    return opPeriode || a.bron.localeCompare(b.bron);
  });
}

export function alsPunt(meting: Meting, kijker: Kijker): ReeksPunt {
  const basis = { periode: meting.periode, bron: meting.bron, versie: meting.versie };
  const cijfer = getal(meting.waarde, meting, kijker);
  if (cijfer.onderdrukt) return { ...basis, waarde: null, weergave: toon(cijfer), onderdrukt: true };
  return {
    ...basis,
    waarde: meting.waarde,
    weergave: toon(cijfer),
    onderdrukt: false,
    ...(meting.teller !== null ? { teller: meting.teller } : {}),
    ...(meting.noemer !== null ? { noemer: meting.noemer } : {}),
  };
}
