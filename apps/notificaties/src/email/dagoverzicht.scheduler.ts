import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '@koers/due-work';
import { DagoverzichtService } from './dagoverzicht.service';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';

/**
 * Asks every so often whether a daily digest is due. Because each run bundles everything up to the
 * last digest moment, a service that was down at that moment sends the digest once it is back.
 */
@Injectable()
export class DagoverzichtScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly taak: PeriodicTask;

  constructor(dagoverzichten: DagoverzichtService, @Inject(EMAIL_SETTINGS) settings: EmailSettings) {
    this.taak = new PeriodicTask('dagoverzichten klaarzetten', settings.dagoverzicht.controleIntervalMs, () => dagoverzichten.verstuur(new Date()));
  }

  onApplicationBootstrap(): void {
    this.taak.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.taak.stop();
  }
}
