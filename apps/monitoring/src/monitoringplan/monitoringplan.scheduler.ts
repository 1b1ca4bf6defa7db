import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@koers/due-work';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { MonitoringplanService } from './monitoringplan.service';

/** Evaluates plans on their evaluation date; every run asks the database which plans are due. */
@Injectable()
export class MonitoringplanScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly taak: PeriodicTask;

  constructor(plannen: MonitoringplanService, @Inject(MONITORING_SETTINGS) settings: MonitoringSettings) {
    this.taak = new PeriodicTask('monitoringplannen evalueren', settings.evaluatieIntervalMs, () => plannen.evalueerWatAanDeBeurtIs());
  }

  onApplicationBootstrap(): void {
    this.taak.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.taak.stop();
  }
}
