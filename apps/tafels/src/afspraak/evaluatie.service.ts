import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, MonitoringplanGeevalueerdV1, tafelBijsturingNodigV1 } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { OvernameService } from '../overname/overname.service';
import { Tafel } from '../tafel/tafel.entity';
import { Afspraak } from './afspraak.entity';
import { isHuidig } from './afspraak.rules';
import { vergrendelMetTafel } from './vastlegging.service';

export type Evaluatieuitkomst = 'niet_voor_afspraak' | 'ander_plan' | 'al_verwerkt' | 'effect_bereikt' | 'onvoldoende_data' | 'niet_bereikt' | 'bijsturing_nodig' | 'tafel_afgerond' | 'overname_aangeboden';

/**
 * Monitoring's verdict on an agreement's plan. The agreement keeps it (an old version keeps the
 * verdict of its own plan); `niet_bereikt` while the table is in `monitoring` flags the table, so
 * that planning a new meeting is the step `bijsturen`, and tells the participants through the outbox;
 * `effect_bereikt` on an agreement for one gemeente offers it to the region's other gemeenten
 * (OvernameService), in this same transaction.
 */
@Injectable()
export class EvaluatieService {
  private readonly logger = new Logger(EvaluatieService.name);

  constructor(
    private readonly outbox: OutboxWriter,
    private readonly overname: OvernameService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async planGeevalueerd(manager: EntityManager, event: CloudEvent<MonitoringplanGeevalueerdV1>): Promise<Evaluatieuitkomst> {
    const { onderwerp, regio, monitoringplanId, oordeel } = event.data;
    if (onderwerp.soort !== 'afspraak') return 'niet_voor_afspraak';
    const { tafel, afspraak } = await vergrendelMetTafel(manager, regio, onderwerp.id);
    if (afspraak.monitoringplanId !== monitoringplanId) {
      this.logger.warn({ afspraakId: afspraak.id, monitoringplanId, gekoppeld: afspraak.monitoringplanId }, 'evaluated plan is not the one linked to the agreement');
      return 'ander_plan';
    }
    // A closed table is a record of what was done and learned; a later verdict does not rewrite it. A
    // taken-over agreement at it follows the adopting gemeente's course, which goes on after the close.
    if (tafel.status === 'afgerond' && !afspraak.overgenomenVanId) return 'tafel_afgerond';
    const geevalueerdOp = new Date(event.data.geevalueerdOp);
    // A redelivery, or a verdict older than the one kept, changes nothing.
    if (afspraak.geevalueerdOp && afspraak.geevalueerdOp.getTime() >= geevalueerdOp.getTime()) return 'al_verwerkt';
    await manager.update(Afspraak, { id: afspraak.id }, { oordeel, geevalueerdOp });
    if (oordeel === 'effect_bereikt') {
      const aanbod = await this.overname.biedAan(manager, afspraak, monitoringplanId);
      return aanbod === 'aangeboden' ? 'overname_aangeboden' : oordeel;
    }
    // A taken-over agreement follows the adopting gemeente's own course: it does not make the original table steer.
    if (oordeel !== 'niet_bereikt' || !isHuidig(afspraak.status) || afspraak.overgenomenVanId || tafel.status !== 'monitoring') return oordeel;

    const nietBereikt = await manager
      .createQueryBuilder(Afspraak, 'a')
      .select(['a.id', 'a.status'])
      .where('a.regio = :regio AND a.tafel_id = :tafelId AND a.oordeel = :oordeel AND a.overgenomen_van_id IS NULL', { regio, tafelId: tafel.id, oordeel: 'niet_bereikt' })
      .orderBy('a.opgesteld_op', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    await manager.update(Tafel, { id: tafel.id }, { bijsturingNodig: true });
    await this.outbox.add(
      manager,
      this.outbox.event(tafelBijsturingNodigV1, {
        tafelId: tafel.id,
        regio,
        afspraakIds: nietBereikt.filter((a) => isHuidig(a.status)).map((a) => a.id),
        monitoringplanId,
        vastgesteldOp: this.klok.nu().toISOString(),
      }),
    );
    return 'bijsturing_nodig';
  }
}
