import { Inject, Injectable } from '@nestjs/common';
import { DueWork, DueWorkFabriek } from '@koers/due-work';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { TE_BEOORDELEN, TRENDDETECTIE } from './reeks-wachtrij';
import { REEKSEN_PER_BATCH, TrendDetectieService } from './trend-detectie.service';

/**
 * Drains the work table of trend detection outside the request: woken as soon as a transaction that
 * queued series commits (intake over the API or the bus, a course target), and every interval — which
 * also picks up what a crashed or stopped process left, or what another instance queued. Concurrent
 * workers skip each other's batches.
 */
@Injectable()
export class TrendDetectieWorker {
  readonly werk: DueWork;

  constructor(trends: TrendDetectieService, dueWork: DueWorkFabriek, @Inject(MONITORING_SETTINGS) settings: MonitoringSettings) {
    this.werk = dueWork.inTransactie({
      naam: TRENDDETECTIE,
      intervalMs: settings.trenddetectieIntervalMs,
      batch: REEKSEN_PER_BATCH,
      due: { tabel: TE_BEOORDELEN, wanneer: 'TRUE', volgorde: 'd.id' },
      verwerk: async (manager, ids) => void (await trends.beoordeel(manager, ids)),
    });
  }
}
