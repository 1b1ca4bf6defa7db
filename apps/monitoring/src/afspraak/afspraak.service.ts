import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AfspraakIngetrokkenV1, AfspraakOpgesteldV1 } from '@koers/contracts';
import { BestaatAl, Statusconflict } from '@koers/domain';
import { TenantRepository } from '@koers/persistence';
import { IndicatorService } from '../indicator/indicator.service';
import { AfspraakOnderwerp } from './afspraak-onderwerp.entity';

const onderwerpen = new TenantRepository(AfspraakOnderwerp);

/** The agreements tafels reported, as subjects of monitoring plans. */
@Injectable()
export class AfspraakService {
  private readonly logger = new Logger(AfspraakService.name);

  constructor(private readonly indicatoren: IndicatorService) {}

  /**
   * Keeps a drafted agreement (or a newer draft of it) and adds the indicator of an outcome
   * criterion to the region's catalogue, both in the handler's transaction.
   */
  async neemOp(manager: EntityManager, data: AfspraakOpgesteldV1): Promise<void> {
    const eerder = await manager.getRepository(AfspraakOnderwerp).findOneBy({ afspraakId: data.afspraakId });
    if (eerder && eerder.regio !== data.regio) throw new BestaatAl(`Afspraak ${data.afspraakId} is al bekend in een andere regio.`);
    const criterium = data.soort === 'outcomecriterium' ? data.outcomecriterium : undefined;
    const indicator = criterium ? await this.indicatoren.neemOutcomecriteriumOp(manager, data.regio, criterium) : undefined;
    const onderwerp: AfspraakOnderwerp = {
      afspraakId: data.afspraakId,
      regio: data.regio,
      tafelId: data.tafelId,
      versie: data.versie,
      vorigeVersieId: data.vorigeVersieId ?? null,
      overgenomenVanId: data.overgenomenVanId ?? null,
      soort: data.soort,
      gemeenten: data.gemeenten,
      indicator: criterium?.code ?? null,
      opgesteldOp: new Date(data.opgesteldOp),
    };
    // Events may come twice or out of order: an older draft never replaces a newer one.
    await manager
      .createQueryBuilder()
      .insert()
      .into(AfspraakOnderwerp)
      .values(onderwerp)
      .orUpdate(['tafel_id', 'versie', 'vorige_versie_id', 'overgenomen_van_id', 'soort', 'gemeenten', 'indicator', 'opgesteld_op'], ['afspraak_id'], {
        overwriteCondition: { where: 'afspraak_onderwerp.opgesteld_op <= EXCLUDED.opgesteld_op' },
      })
      .execute();
    this.logger.log({ afspraakId: data.afspraakId, regio: data.regio, versie: data.versie, indicator }, 'afspraak bekend als onderwerp van een monitoringplan');
  }

  /**
   * The agreement a plan is made for, locked until the plan is stored. Unknown and another region's
   * look the same: tafels has not reported it (yet) — the plan is made from the agreement.
   */
  async voorPlan(manager: EntityManager, regio: string, afspraakId: string): Promise<AfspraakOnderwerp> {
    const onderwerp = await onderwerpen
      .query(manager, { regios: [regio] }, 'a')
      .andWhere('a.afspraakId = :afspraakId', { afspraakId })
      .setLock('pessimistic_write')
      .getOne();
    if (!onderwerp) {
      throw new Statusconflict(
        `Afspraak ${afspraakId} is bij monitoring (nog) niet bekend in regio ${regio}: tafels heeft haar niet gemeld. Maak het plan bij een opgestelde afspraak van een tafel; is zij net opgesteld, probeer het dan over enkele seconden opnieuw.`,
        'onbekend',
        ['de melding van tafels dat de afspraak is opgesteld (afspraak.opgesteld)'],
      );
    }
    if (onderwerp.ingetrokkenOp) {
      throw new Statusconflict(
        `Afspraak ${afspraakId} is door de tafel ingetrokken; voor een ingetrokken afspraak wordt geen monitoringplan gemaakt.`,
        'ingetrokken',
        ['een afspraak die niet is ingetrokken'],
      );
    }
    return onderwerp;
  }

  /** tafels dropped a concept agreement: it stays known (a plan may point at it) but gets no new plan. A redelivery changes nothing. */
  async trekIn(manager: EntityManager, data: AfspraakIngetrokkenV1): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AfspraakOnderwerp)
      .set({ ingetrokkenOp: new Date(data.ingetrokkenOp) })
      .where('afspraak_id = :afspraakId AND regio = :regio AND ingetrokken_op IS NULL', { afspraakId: data.afspraakId, regio: data.regio })
      .execute();
  }
}
