import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { NietGevonden, weigerPersoonsgegevens } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { GebiedService } from '../gebied/gebied.service';
import { IndicatorService } from '../indicator/indicator.service';
import { DuidingPlaatsenDto } from './dto/duiding.dto';
import { Duiding } from './duiding.entity';

/** Who gives meaning to figures: the seeds want it given with clients and providers, not by the gemeente alone. */
const DUIDERS: readonly string[] = ['gemeente', 'aanbieder', 'clientvertegenwoordiger'];

@Injectable()
export class DuidingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
  ) {}

  async plaats(tenant: TenantContext, dto: DuidingPlaatsenDto): Promise<Duiding> {
    weigerPersoonsgegevens({ tekst: dto.tekst });
    const regio = kiesRegio(tenant, dto.regio);
    await this.indicatoren.een(tenant, dto.indicator, regio);
    if (dto.gemeente && !(await this.gebieden.gemeentenVan(regio)).has(dto.gemeente)) throw new NietGevonden(`Gemeente ${dto.gemeente}`);
    const duiding = Object.assign(new Duiding(), {
      id: randomUUID(),
      regio,
      indicator: dto.indicator,
      gemeente: dto.gemeente ?? null,
      periode: dto.periode ?? null,
      tekst: dto.tekst.trim(),
      auteurSub: tenant.subject,
      auteur: tenant.username ?? tenant.subject,
      rol: tenant.rollen.find((rol) => DUIDERS.includes(rol)) ?? tenant.rollen[0],
      organisatie: tenant.organisatie ?? tenant.gemeente ?? null,
      geplaatstOp: new Date(),
    });
    await this.dataSource.getRepository(Duiding).insert(duiding);
    return duiding;
  }

  /** The interpretations of one series, oldest first. */
  bijReeks(regio: string, indicator: string, gemeente: string | null): Promise<Duiding[]> {
    return this.dataSource
      .getRepository(Duiding)
      .createQueryBuilder('d')
      .where('d.regio = :regio AND d.indicator = :indicator', { regio, indicator })
      .andWhere(`COALESCE(d.gemeente, '') = :gemeente`, { gemeente: gemeente ?? '' })
      .orderBy('d.geplaatstOp', 'ASC')
      .getMany();
  }
}
