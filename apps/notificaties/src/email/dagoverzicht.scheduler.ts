import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DagoverzichtService } from './dagoverzicht.service';
import { EMAIL_SETTINGS, EmailSettings } from './email.settings';

/**
 * Asks every so often whether a daily digest is due. Because each run bundles everything up to the
 * last digest moment, a service that was down at that moment sends the digest once it is back.
 */
@Injectable()
export class DagoverzichtScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DagoverzichtScheduler.name);
  private timer?: NodeJS.Timeout;
  private ronde?: Promise<void>;

  constructor(
    private readonly dagoverzichten: DagoverzichtService,
    @Inject(EMAIL_SETTINGS) private readonly settings: EmailSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.draai(), this.settings.dagoverzicht.controleIntervalMs);
    this.draai();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.ronde;
  }

  private draai(): void {
    if (this.ronde) return;
    this.ronde = this.dagoverzichten
      .verstuur(new Date())
      .then((aantal) => {
        if (aantal) this.logger.log({ aantal }, 'dagoverzichten klaargezet voor verzending');
      })
      .catch((error) => this.logger.error({ error: String(error) }, 'dagoverzicht mislukt; de volgende ronde probeert het opnieuw'))
      .finally(() => (this.ronde = undefined));
  }
}
