import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { indicatorGewijzigdV1, indicatorToegevoegdV1 } from '@koers/contracts';
import { BestaatAl, NietBevoegd, NietGevonden } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { bevatPatroon, DATA_SOURCE } from '@koers/persistence';
import { registerIndicator } from '../register/register-item';
import { IndicatorBijwerkenDto, IndicatorenQuery, IndicatorToevoegenDto } from './dto/indicator.dto';
import { Indicator } from './indicator.entity';

type IndicatorGegevens = Pick<Indicator, 'code' | 'naam' | 'definitie' | 'eenheid' | 'richting' | 'bron'>;

/** The source of an indicator that a koerstafel defined as an outcome criterion. */
export const OUTCOMECRITERIUM_BRON = 'Outcomecriterium van een koerstafel';

/** The indicator catalogue; a change to a region's own indicator is published (register events) in its transaction. */
@Injectable()
export class IndicatorService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The national catalogue and the indicators of the caller's regions. */
  lijst(tenant: TenantContext): Promise<Indicator[]> {
    return this.dataSource.getRepository(Indicator).find({
      where: [{ regio: IsNull() }, { regio: In([...tenant.regios]) }],
      order: { code: 'ASC' },
    });
  }

  /** One page of what `regio` (one of the caller's) uses — national (`regio_sleutel` '') and its own — whose name or code holds `zoek`, by code. */
  async vanRegio(tenant: TenantContext, regio: string, query: IndicatorenQuery): Promise<{ indicatoren: Indicator[]; totaal: number }> {
    if (!tenant.regios.includes(regio)) throw new NietGevonden(`Regio ${regio}`);
    const sleutels = query.herkomst === 'landelijk' ? [''] : query.herkomst === 'regio' ? [regio] : ['', regio];
    const q = this.dataSource.getRepository(Indicator).createQueryBuilder('i').where('i.regio_sleutel IN (:...sleutels)', { sleutels });
    if (query.zoek) q.andWhere('(lower(i.naam) LIKE :patroon OR i.code LIKE :patroon)', { patroon: bevatPatroon(query.zoek) });
    const [indicatoren, totaal] = await q
      .orderBy('i.code')
      .addOrderBy('i.regio_sleutel')
      .skip((query.pagina - 1) * query.paginaGrootte)
      .take(query.paginaGrootte)
      .getManyAndCount();
    return { indicatoren, totaal };
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
    const { code, naam, definitie, eenheid, richting, bron } = dto;
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.voegToeIn(manager, regio, { code, naam, definitie, eenheid, richting, bron }))) {
        throw new BestaatAl(`De code '${dto.code}' is al in gebruik; kies een andere.`);
      }
    });
    return this.een(tenant, dto.code, regio);
  }

  /**
   * The regional indicator an outcome criterion defines, added to the region's catalogue in the
   * caller's transaction. The same definition again changes nothing; another definition under a code
   * the region already sees is refused, naming what differs, so the beheerder can settle it.
   */
  async neemOutcomecriteriumOp(manager: EntityManager, regio: string, criterium: Omit<IndicatorGegevens, 'bron'>): Promise<'toegevoegd' | 'ongewijzigd'> {
    const bestaand = await manager.getRepository(Indicator).find({ where: [{ code: criterium.code, regio: IsNull() }, { code: criterium.code, regio }] });
    const gegevens = { ...criterium, bron: OUTCOMECRITERIUM_BRON };
    if (!bestaand.length && (await this.voegToeIn(manager, regio, gegevens))) return 'toegevoegd';
    const huidig = bestaand[0] ?? (await manager.getRepository(Indicator).findOneByOrFail({ code: criterium.code, regio }));
    const anders = (['naam', 'definitie', 'eenheid', 'richting'] as const).filter((veld) => huidig[veld] !== criterium[veld]);
    if (!anders.length) return 'ongewijzigd';
    const waar = huidig.regio === null ? 'de landelijke catalogus' : `de catalogus van ${regio}`;
    throw new BestaatAl(`Indicator '${criterium.code}' staat al in ${waar} met een andere ${anders.join(', ')}; het outcomecriterium is niet opgenomen. Kies een andere code of pas de indicator aan.`);
  }

  /** Inserts a region's own indicator and publishes it; false when the code is taken in the region. */
  private async voegToeIn(manager: EntityManager, regio: string, gegevens: IndicatorGegevens): Promise<boolean> {
    const indicator = Object.assign(new Indicator(), { ...gegevens, regio, regioSleutel: regio, versie: 1 });
    const inserted = await manager.createQueryBuilder().insert().into(Indicator).values(indicator).orIgnore().returning(['code']).execute();
    if (!inserted.raw.length) return false;
    await this.outbox.add(manager, this.outbox.event(indicatorToegevoegdV1, { regio, ...registerIndicator(indicator) }));
    return true;
  }

  async werkBij(tenant: TenantContext, code: string, dto: IndicatorBijwerkenDto): Promise<Indicator> {
    const indicator = await this.een(tenant, code);
    if (indicator.regio === null) {
      throw new NietBevoegd(`Indicator ${code} hoort bij de landelijke catalogus en kan niet per regio worden gewijzigd; voeg een eigen indicator toe.`, 'landelijke-indicator');
    }
    const regio = indicator.regio;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Indicator).update({ code, regio }, { ...dto, versie: () => 'versie + 1' });
      const gewijzigd = await manager.getRepository(Indicator).findOneByOrFail({ code, regio });
      await this.outbox.add(manager, this.outbox.event(indicatorGewijzigdV1, { regio, ...registerIndicator(gewijzigd) }));
    });
    return this.een(tenant, code, regio);
  }
}
