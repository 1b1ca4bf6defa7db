import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { BestaatAl, NietGevonden } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { Gemeente, Regio } from './gebied.entity';

@Injectable()
export class GebiedService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

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
      const gemeente = Object.assign(new Gemeente(), { code, regio, naam });
      await manager.insert(Gemeente, gemeente);
      return gemeente;
    });
  }

  async wijzigGemeente(tenant: TenantContext, regio: string, code: string, naam: string): Promise<Gemeente> {
    this.eigenRegio(tenant, regio);
    const repository = this.dataSource.getRepository(Gemeente);
    const gemeente = await repository.findOneBy({ code, regio });
    if (!gemeente) throw new NietGevonden(`Gemeente ${code}`);
    gemeente.naam = naam;
    await repository.update({ code, regio }, { naam });
    return gemeente;
  }

  /** A beheerder maintains only their own region; another region is "not found", as everywhere. */
  private eigenRegio(tenant: TenantContext, regio: string): void {
    if (!tenant.regios.includes(regio)) throw new NietGevonden(`Regio ${regio}`);
  }
}
