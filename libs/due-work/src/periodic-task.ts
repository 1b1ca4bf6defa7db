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
  /** Asked for (`nu`) while a run was in progress: that run is followed by one more. */
  private opnieuw = false;
  private gestopt = false;

  constructor(
    private readonly naam: string,
    private readonly intervalMs: number,
    /** Returns how many things it did, for the log. */
    private readonly job: () => Promise<number>,
  ) {
    this.logger = new Logger(naam);
  }

  start(): void {
    this.gestopt = false;
    // An interval tick during a run is skipped: the next tick comes soon enough.
    this.timer = setInterval(() => {
      if (!this.lopend) void this.nu();
    }, this.intervalMs);
    void this.nu();
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    clearInterval(this.timer);
    await this.lopend;
  }

  /**
   * Runs now, or — when a run is in progress — once more right after it, so work that arrived during
   * a run is not left waiting for the interval. Resolves when the runs end.
   */
  nu(): Promise<void> {
    if (this.lopend) {
      this.opnieuw = true;
      return this.lopend;
    }
    this.lopend = this.draai().finally(() => (this.lopend = undefined));
    return this.lopend;
  }

  private async draai(): Promise<void> {
    do {
      this.opnieuw = false;
      try {
        const aantal = await this.job();
        if (aantal) this.logger.log({ aantal }, `${this.naam}: ${aantal} verwerkt`);
      } catch (error) {
        this.logger.error({ error: String(error) }, `${this.naam} mislukt; de volgende ronde probeert het opnieuw`);
      }
    } while (this.opnieuw && !this.gestopt);
  }
}
