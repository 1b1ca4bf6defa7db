import { Logger } from '@nestjs/common';

/**
 * Runs a job now and then every `intervalMs`, never two runs at once, and lets a stop wait for the
 * run in progress. Jobs keep their state in the database (what is due, what was done), so a restart
 * or a missed run loses nothing; a failed run is logged and the next one tries again.
 */
export class PeriodicTask {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<void>;

  constructor(
    private readonly naam: string,
    private readonly intervalMs: number,
    /** Returns how many things it did, for the log. */
    private readonly job: () => Promise<number>,
  ) {
    this.logger = new Logger(naam);
  }

  start(): void {
    this.timer = setInterval(() => this.nu(), this.intervalMs);
    this.nu();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.lopend;
  }

  /** Starts a run unless one is in progress; resolves when the current run ends. */
  nu(): Promise<void> {
    this.lopend ??= this.job()
      .then((aantal) => {
        if (aantal) this.logger.log({ aantal }, `${this.naam}: ${aantal} verwerkt`);
      })
      .catch((error) => this.logger.error({ error: String(error) }, `${this.naam} mislukt; de volgende ronde probeert het opnieuw`))
      .finally(() => (this.lopend = undefined));
    return this.lopend;
  }
}
