import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { PeriodicTask } from '@koers/due-work';
import { DATA_SOURCE } from '@koers/persistence';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { neemWachtrijMarkeringAf } from './reeks-wachtrij';
import { TrendDetectieService } from './trend-detectie.service';

/**
 * Drains the work table of trend detection outside the request: woken as soon as a transaction that
 * queued series commits (intake over the API or the bus, a course target), and every interval — which
 * also picks up what a crashed or stopped process left, or what another instance queued.
 */
@Injectable()
export class TrendDetectieWorker implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly taak: PeriodicTask;
  private gestopt = false;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    private readonly trends: TrendDetectieService,
    @Inject(MONITORING_SETTINGS) settings: MonitoringSettings,
  ) {
    this.taak = new PeriodicTask('trenddetectie', settings.trenddetectieIntervalMs, () => this.werkAf());
    dataSource.subscribers.push(this);
  }

  onApplicationBootstrap(): void {
    this.taak.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.gestopt = true;
    await this.taak.stop();
  }

  /** TypeORM calls this after every commit; only one that queued series wakes the worker. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (neemWachtrijMarkeringAf(event.queryRunner)) this.wek();
  }

  private wek(): void {
    if (!this.gestopt) void this.taak.nu();
  }

  /** Judges batch after batch until the work table is empty; returns the number of series judged. */
  private async werkAf(): Promise<number> {
    let reeksen = 0;
    while (!this.gestopt) {
      const batch = await this.trends.beoordeelVolgendeBatch();
      if (!batch.reeksen) break;
      reeksen += batch.reeksen;
    }
    return reeksen;
  }
}
