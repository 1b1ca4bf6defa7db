import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@koers/due-work';
import { TERMIJN_SETTINGS, TermijnSettings } from './termijn.settings';
import { TermijnService } from './termijn.service';

/** Looks now and then for deadlines that passed; the database knows which were reported already. */
@Injectable()
export class TermijnScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly taak: PeriodicTask;

  constructor(termijnen: TermijnService, @Inject(TERMIJN_SETTINGS) settings: TermijnSettings) {
    this.taak = new PeriodicTask('verstreken termijnen melden', settings.bewakingIntervalMs, () => termijnen.meldVerstreken());
  }

  onApplicationBootstrap(): void {
    this.taak.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.taak.stop();
  }
}
