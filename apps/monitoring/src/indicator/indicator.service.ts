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

  /**
   * One indicator the caller may see: national, or of `regio` (or of the caller's regions). Two
   * regions may use the same code; a caller in both names the region it means.
   */
  async een(tenant: TenantContext, code: string, regio?: string): Promise<Indicator> {
    const regios = regio ? [regio] : [...tenant.regios];
    const gevonden = await this.dataSource.getRepository(Indicator).find({ where: [{ code, regio: IsNull() }, { code, regio: In(regios) }] });
    const landelijk = gevonden.find((i) => i.regio === null);
    if (landelijk) return landelijk;
    if (gevonden.length > 1) return gevonden.find((i) => i.regio === kiesRegio(tenant, regio)) as Indicator;
    if (!gevonden.length) throw new NietGevonden(`Indicator ${code}`);
    return gevonden[0];
  }

  async voegToe(tenant: TenantContext, dto: IndicatorToevoegenDto): Promise<Indicator> {
    const regio = kiesRegio(tenant, dto.regio);
    // Only what the caller can see may stop the code: the national catalogue and the region's own.
    if ((await this.zichtbaarIn(regio)).has(dto.code)) throw new BestaatAl(`De code '${dto.code}' is al in gebruik; kies een andere.`);
    const indicator = Object.assign(new Indicator(), {
      code: dto.code,
      regio,
      regioSleutel: regio,
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
    return this.een(tenant, dto.code, regio);
  }

  async werkBij(tenant: TenantContext, code: string, dto: IndicatorBijwerkenDto): Promise<Indicator> {
    const indicator = await this.een(tenant, code);
    if (indicator.regio === null) {
      throw new NietBevoegd(`Indicator ${code} hoort bij de landelijke catalogus en kan niet per regio worden gewijzigd; voeg een eigen indicator toe.`, 'landelijke-indicator');
    }
    await this.dataSource.getRepository(Indicator).update({ code, regio: indicator.regio }, { ...dto });
    return this.een(tenant, code, indicator.regio);
  }
}
