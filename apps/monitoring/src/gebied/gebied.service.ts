import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { gemeenteGewijzigdV1, gemeenteToegevoegdV1 } from '@koers/contracts';
import { BestaatAl, NietGevonden } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { bevatPatroon, DATA_SOURCE } from '@koers/persistence';
import { registerGemeente } from '../register/register-item';
import { GemeentenQuery } from './dto/gebied.dto';
import { Gemeente, Regio } from './gebied.entity';

/** Regions and their gemeenten; every change is published (register events) in its own transaction. */
@Injectable()
export class GebiedService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async regios(): Promise<Array<{ regio: Regio; gemeenten: Gemeente[] }>> {
    const [regios, gemeenten] = await Promise.all([
      this.dataSource.getRepository(Regio).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(Gemeente).find({ order: { naam: 'ASC' } }),
    ]);
    return regios.map((regio) => ({ regio, gemeenten: gemeenten.filter((g) => g.regio === regio.code) }));
  }

  async regio(code: string): Promise<{ regio: Regio; gemeenten: Gemeente[] }> {
    const regio = await this.dataSource.getRepository(Regio).findOneBy({ code });
    if (!regio) throw new NietGevonden(`Regio ${code}`);
    const gemeenten = await this.dataSource.getRepository(Gemeente).find({ where: { regio: code }, order: { naam: 'ASC' } });
    return { regio, gemeenten };
  }

  /** One page of the gemeenten of one of the caller's regions, by name, whose name or code holds `zoek`. */
  async zoekGemeenten(tenant: TenantContext, regio: string, query: GemeentenQuery): Promise<{ gemeenten: Gemeente[]; totaal: number }> {
    this.eigenRegio(tenant, regio);
    const q = this.dataSource.getRepository(Gemeente).createQueryBuilder('g').where('g.regio = :regio', { regio });
    if (query.zoek) q.andWhere('(lower(g.naam) LIKE :patroon OR lower(g.code) LIKE :patroon)', { patroon: bevatPatroon(query.zoek) });
    const [gemeenten, totaal] = await q
      .orderBy('g.naam')
      .addOrderBy('g.code')
      .skip((query.pagina - 1) * query.paginaGrootte)
      .take(query.paginaGrootte)
      .getManyAndCount();
    return { gemeenten, totaal };
  }

  /** The gemeenten of a region, by code; for validating what callers send. */
  async gemeentenVan(regio: string): Promise<Map<string, Gemeente>> {
    const gemeenten = await this.dataSource.getRepository(Gemeente).findBy({ regio });
    return new Map(gemeenten.map((g) => [g.code, g]));
  }

  async voegGemeenteToe(tenant: TenantContext, regio: string, code: string, naam: string): Promise<Gemeente> {
    this.eigenRegio(tenant, regio);
    return this.dataSource.transaction(async (manager) => {
      const bestaand = await manager.getRepository(Gemeente).findOneBy({ code });
      if (bestaand) {
        throw new BestaatAl(
          bestaand.regio === regio ? `Gemeente ${code} hoort al bij deze regio.` : `Gemeente ${code} hoort al bij een andere regio.`,
        );
      }
      const gemeente = Object.assign(new Gemeente(), { code, regio, naam, versie: 1 });
      await manager.insert(Gemeente, gemeente);
      await this.outbox.add(manager, this.outbox.event(gemeenteToegevoegdV1, { regio, ...registerGemeente(gemeente) }));
      return gemeente;
    });
  }

  async wijzigGemeente(tenant: TenantContext, regio: string, code: string, naam: string): Promise<Gemeente> {
    this.eigenRegio(tenant, regio);
    return this.dataSource.transaction(async (manager) => {
      const { raw } = await manager
        .createQueryBuilder()
        .update(Gemeente)
        .set({ naam, versie: () => 'versie + 1' })
        .where({ code, regio })
        .returning(['code', 'regio', 'naam', 'versie'])
        .execute();
      const gemeente = (raw as Gemeente[])[0];
      if (!gemeente) throw new NietGevonden(`Gemeente ${code}`);
      await this.outbox.add(manager, this.outbox.event(gemeenteGewijzigdV1, { regio, ...registerGemeente(gemeente) }));
      return gemeente;
    });
  }

  /** A beheerder maintains only their own region; another region is "not found", as everywhere. */
  private eigenRegio(tenant: TenantContext, regio: string): void {
    if (!tenant.regios.includes(regio)) throw new NietGevonden(`Regio ${regio}`);
  }
}
