import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { MonitoringplanService } from './monitoringplan.service';

/**
 * Evaluates plans on their evaluation date. It keeps no state of its own: every run asks the
 * database which plans are due, so a restart (or a missed run) loses nothing.
 */
@Injectable()
export class MonitoringplanScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MonitoringplanScheduler.name);
  private timer?: NodeJS.Timeout;
  private ronde?: Promise<void>;

  constructor(
    private readonly plannen: MonitoringplanService,
    @Inject(MONITORING_SETTINGS) private readonly settings: MonitoringSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.draai(), this.settings.evaluatieIntervalMs);
    this.draai();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.ronde;
  }

  private draai(): void {
    if (this.ronde) return;
    this.ronde = this.plannen
      .evalueerWatAanDeBeurtIs()
      .then((aantal) => {
        if (aantal) this.logger.log({ aantal }, 'monitoringplannen geëvalueerd op hun evaluatiedatum');
      })
      .catch((error) => this.logger.error({ error: String(error) }, 'evaluatieronde mislukt; volgende ronde probeert het opnieuw'))
      .finally(() => (this.ronde = undefined));
  }
}
