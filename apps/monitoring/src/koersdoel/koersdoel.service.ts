import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { BestaatAl, NietBevoegd, NietGevonden } from '@koers/domain';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { GebiedService } from '../gebied/gebied.service';
import { IndicatorService } from '../indicator/indicator.service';
import { TrendDetectieService } from '../trend/trend-detectie.service';
import { KoersdoelQuery, KoersdoelVaststellenDto, KoersdoelWijzigenDto } from './dto/koersdoel.dto';
import { Koersdoel, KoersdoelHistorie } from './koersdoel.entity';
import { waaromNietVaststellen } from './koersdoel.rules';

const koersdoelen = new TenantRepository(Koersdoel);

@Injectable()
export class KoersdoelService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
    private readonly trends: TrendDetectieService,
  ) {}

  async stelVast(tenant: TenantContext, dto: KoersdoelVaststellenDto): Promise<Koersdoel> {
    const regio = kiesRegio(tenant, dto.regio);
    await this.indicatoren.een(tenant, dto.indicator, regio);
    if (dto.gemeente && !(await this.gebieden.gemeentenVan(regio)).has(dto.gemeente)) throw new NietGevonden(`Gemeente ${dto.gemeente}`);
    this.magVaststellen(tenant, dto.gemeente ?? null);
    const doel = nieuwDoel(tenant, regio, { ...dto, gemeente: dto.gemeente ?? null });
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.voegIn(manager, doel))) {
        throw new BestaatAl(`Er is al een koersdoel voor ${dto.indicator} in ${dto.gemeente ?? regio}; wijzig dat (PATCH /v1/koersdoelen/{id}).`);
      }
    });
    return doel;
  }

  /** Stores a new target and queues its series to be judged against it; false when one exists already for its place. */
  async voegIn(manager: EntityManager, doel: Koersdoel): Promise<boolean> {
    const { raw } = await manager.createQueryBuilder().insert().into(Koersdoel).values(doel).orIgnore().returning(['id']).execute();
    if (raw.length) await this.trends.herbeoordeel(manager, doel.regio, doel.indicator, doel.gemeente);
    return raw.length > 0;
  }

  /** A new version of a target locked by the caller; the one it replaces moves to the history. */
  async nieuweVersie(manager: EntityManager, tenant: TenantContext, doel: Koersdoel, wijziging: KoersdoelWijzigenDto): Promise<Koersdoel> {
    await manager.insert(KoersdoelHistorie, { koersdoelId: doel.id, ...versieVan(doel), vervangenOp: new Date() });
    Object.assign(doel, { ...wijziging, versie: doel.versie + 1, vastgesteldDoor: vaststeller(tenant), vastgesteldOp: new Date() });
    await manager.update(Koersdoel, { id: doel.id }, versieVan(doel));
    await this.trends.herbeoordeel(manager, doel.regio, doel.indicator, doel.gemeente);
    return doel;
  }

  /** A new version; the one it replaces moves to the history. */
  async wijzig(tenant: TenantContext, id: string, dto: KoersdoelWijzigenDto): Promise<Koersdoel> {
    return this.dataSource.transaction(async (manager) => {
      const doel = await this.vind(manager, tenant, id, true);
      this.magVaststellen(tenant, doel.gemeente);
      return this.nieuweVersie(manager, tenant, doel, { doelwaarde: dto.doelwaarde, richting: dto.richting, koersdocumentSectie: dto.koersdocumentSectie });
    });
  }

  async een(tenant: TenantContext, id: string): Promise<{ doel: Koersdoel; historie: KoersdoelHistorie[] }> {
    const doel = await this.vind(this.dataSource.manager, tenant, id, false);
    const historie = await this.dataSource.getRepository(KoersdoelHistorie).find({ where: { koersdoelId: id }, order: { versie: 'ASC' } });
    return { doel, historie };
  }

  async lijst(tenant: TenantContext, query: KoersdoelQuery): Promise<{ doelen: Koersdoel[]; totaal: number }> {
    const regio = kiesRegio(tenant, query.regio);
    const [doelen, totaal] = await koersdoelen
      .query(this.dataSource.manager, tenant, 'k')
      .andWhere('k.regio = :regio', { regio })
      .andWhere(query.indicator ? 'k.indicator = :indicator' : 'TRUE', { indicator: query.indicator })
      .andWhere(query.gemeente ? 'k.gemeente = :gemeente' : 'TRUE', { gemeente: query.gemeente })
      .orderBy('k.indicator')
      .addOrderBy('k.gemeente', 'ASC', 'NULLS FIRST')
      .addOrderBy('k.id')
      .skip((query.pagina - 1) * query.paginaGrootte)
      .take(query.paginaGrootte)
      .getManyAndCount();
    return { doelen, totaal };
  }

  /** The target a series is judged against: the gemeente's own, else the region's. */
  async voorReeks(manager: EntityManager, regio: string, indicator: string, gemeente: string | null): Promise<Koersdoel | null> {
    return manager
      .getRepository(Koersdoel)
      .createQueryBuilder('k')
      .where('k.regio = :regio AND k.indicator = :indicator', { regio, indicator })
      .andWhere('(k.gemeente = :gemeente OR k.gemeente IS NULL)', { gemeente })
      .orderBy('k.gemeente', 'ASC', 'NULLS LAST')
      .getOne();
  }

  private async vind(manager: EntityManager, tenant: TenantContext, id: string, voorWijziging: boolean): Promise<Koersdoel> {
    const doel = voorWijziging
      ? await koersdoelen.query(manager, tenant, 'k').andWhere('k.id = :id', { id }).setLock('pessimistic_write').getOne()
      : await koersdoelen.findOne(manager, tenant, { id });
    if (!doel) throw new NietGevonden(`Koersdoel ${id}`);
    return doel;
  }

  private magVaststellen(tenant: TenantContext, gemeente: string | null): void {
    const reden = waaromNietVaststellen({ gemeente }, tenant);
    if (reden) throw new NietBevoegd(reden, 'koersdoel-niet-toegestaan');
  }
}

/** A first version, set by `tenant` now. */
export function nieuwDoel(tenant: TenantContext, regio: string, plek: Pick<Koersdoel, 'gemeente' | 'indicator'> & KoersdoelWijzigenDto): Koersdoel {
  return Object.assign(new Koersdoel(), {
    id: randomUUID(),
    regio,
    gemeente: plek.gemeente,
    indicator: plek.indicator,
    doelwaarde: plek.doelwaarde,
    richting: plek.richting,
    koersdocumentSectie: plek.koersdocumentSectie,
    versie: 1,
    vastgesteldDoor: vaststeller(tenant),
    vastgesteldOp: new Date(),
  });
}

/** What a version of a target consists of; the current one and the history hold the same. */
function versieVan(doel: Koersdoel) {
  const { doelwaarde, richting, koersdocumentSectie, versie, vastgesteldDoor, vastgesteldOp } = doel;
  return { doelwaarde, richting, koersdocumentSectie, versie, vastgesteldDoor, vastgesteldOp };
}

function vaststeller(tenant: TenantContext): string {
  return [tenant.username ?? tenant.subject, tenant.organisatie ?? tenant.gemeente].filter(Boolean).join(' — ');
}
