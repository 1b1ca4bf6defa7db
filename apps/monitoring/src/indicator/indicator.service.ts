import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { BestaatAl, NietBevoegd, NietGevonden } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { IndicatorBijwerkenDto, IndicatorToevoegenDto } from './dto/indicator.dto';
import { Indicator } from './indicator.entity';

@Injectable()
export class IndicatorService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The national catalogue and the indicators of the caller's regions. */
  lijst(tenant: TenantContext): Promise<Indicator[]> {
    return this.dataSource.getRepository(Indicator).find({
      where: [{ regio: IsNull() }, { regio: In([...tenant.regios]) }],
      order: { code: 'ASC' },
    });
  }

  /** The indicators a request in `regio` may use, by code. */
  async zichtbaarIn(regio: string): Promise<Map<string, Indicator>> {
    const indicatoren = await this.dataSource.getRepository(Indicator).find({ where: [{ regio: IsNull() }, { regio }] });
    return new Map(indicatoren.map((i) => [i.code, i]));
  }

  async een(tenant: TenantContext, code: string): Promise<Indicator> {
    const indicator = await this.dataSource.getRepository(Indicator).findOneBy({ code });
    if (!indicator || (indicator.regio !== null && !tenant.regios.includes(indicator.regio))) throw new NietGevonden(`Indicator ${code}`);
    return indicator;
  }

  async voegToe(tenant: TenantContext, dto: IndicatorToevoegenDto): Promise<Indicator> {
    const regio = kiesRegio(tenant, dto.regio);
    const indicator = Object.assign(new Indicator(), {
      code: dto.code,
      regio,
      naam: dto.naam,
      definitie: dto.definitie,
      eenheid: dto.eenheid,
      richting: dto.richting,
      bron: dto.bron,
    });
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Indicator)
      .values(indicator)
      .orIgnore()
      .returning(['code'])
      .execute();
    if (!inserted.raw.length) throw new BestaatAl(`De code '${dto.code}' is al in gebruik; kies een andere.`);
    return this.een(tenant, dto.code);
  }

  async werkBij(tenant: TenantContext, code: string, dto: IndicatorBijwerkenDto): Promise<Indicator> {
    const indicator = await this.een(tenant, code);
    if (indicator.regio === null) {
      throw new NietBevoegd(`Indicator ${code} hoort bij de landelijke catalogus en kan niet per regio worden gewijzigd; voeg een eigen indicator toe.`, 'landelijke-indicator');
    }
    await this.dataSource.getRepository(Indicator).update({ code }, { ...dto });
    return this.een(tenant, code);
  }
}
