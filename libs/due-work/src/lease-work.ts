import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { schemaOf } from '@koers/persistence';
import type { DueWorkOmgeving } from './due-work';
import { claimMetLease, DueTabel } from './due-tabel';
import { dueWorkKanaal } from './wek-kanaal';
import { Wekker } from './wekker';

export interface Resultaat<C, U> {
  claim: C;
  uitkomst: U;
}

export interface LeaseWorkOpties<C, U> {
  naam: string;
  /** How often it looks when nothing woke it. */
  pollMs: number;
  /** Jobs away at once in this process. */
  parallel: number;
  /** Claim when this many slots are free (or when nothing is away): one claim per batch of slots, not per finished job. */
  claimPer?: number;
  /**
   * The due rows, leased for `leaseMs` (see claimMetLease), or a claim of one's own that leases the
   * same way. A lease must outlast the job: when it runs out the row is claimed again.
   */
  claim: { due: DueTabel; leaseMs: number } | ((max: number, nu: Date) => Promise<C[]>);
  /**
   * The work outside the database (an SMTP session, a POST), never in a transaction. It should hand
   * the receiver the row's key as idempotency key (Message-ID, webhook-id): after a crash the same
   * row may go out again. It should not throw; when it does, the row waits for its lease to run out.
   */
  voerUit(claim: C): Promise<U>;
  /** Records a batch of results in one transaction and gives up their leases (checking that each lease is still theirs). */
  legVast(manager: EntityManager, resultaten: Array<Resultaat<C, U>>, nu: Date): Promise<void>;
  /** Recording waits at most this long for a lock, then tries again (so it is never part of a deadlock). */
  lockTimeoutMs?: number;
}

const MAX_LOCK_CONFLICTEN = 20;

/**
 * Work that leaves the database, at least once: claimed rows get a lease and the claim commits, up
 * to `parallel` jobs are away at once (a slot frees when its job ends, not when it is recorded), and
 * results are recorded in batches as they come in. A process that dies with jobs away leaves leases
 * that run out, and the rows go out again with the same key. A stop claims nothing more and waits
 * for the jobs away and their recording, so a stop neither loses nor repeats one.
 */
export class LeaseWork<C, U> {
  private readonly logger: Logger;
  private readonly wekker = new Wekker();
  private readonly claimPer: number;
  private running = false;
  private loop?: Promise<void>;
  private stopLuisteren?: () => void;
  /** Jobs on their way. */
  private onderweg = 0;
  /** Jobs that ended and whose result is not recorded yet (their rows still leased). */
  private onvastgelegd = 0;
  private resultaten: Array<Resultaat<C, U>> = [];
  private vastleggen?: Promise<void>;

  constructor(
    private readonly omgeving: DueWorkOmgeving,
    private readonly opties: LeaseWorkOpties<C, U>,
  ) {
    this.logger = new Logger(opties.naam);
    this.claimPer = Math.max(1, Math.min(opties.parallel, opties.claimPer ?? 1));
  }

  get naam(): string {
    return this.opties.naam;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const kanaal = dueWorkKanaal(schemaOf(this.omgeving.dataSource), this.opties.naam);
    this.stopLuisteren = await this.omgeving.luisteraar.luister(kanaal, () => this.wekker.wek());
    this.loop = this.draai();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopLuisteren?.();
    this.wekker.wek();
    await this.loop;
    while (this.onderweg > 0 || this.onvastgelegd > 0) await this.wekker.slaap(20);
  }

  /** Claims what free slots allow now and sends it on its way; returns how many it claimed. */
  async ronde(vrij = this.vrij()): Promise<number> {
    if (vrij <= 0) return 0;
    const claims = await this.claim(vrij);
    for (const claim of claims) this.voerUit(claim);
    return claims.length;
  }

  private vrij(): number {
    // Results waiting for the database only hold back claims when they pile up.
    return this.onvastgelegd > this.opties.parallel ? 0 : this.opties.parallel - this.onderweg;
  }

  private async draai(): Promise<void> {
    while (this.running) {
      const vrij = this.vrij();
      let geclaimd = 0;
      try {
        if (vrij >= this.claimPer || (vrij > 0 && this.onderweg === 0)) geclaimd = await this.ronde(vrij);
      } catch (error) {
        this.logger.error({ error: String(error) }, `${this.opties.naam}: claimen mislukt; de volgende ronde probeert het opnieuw`);
      }
      if (geclaimd === 0 || geclaimd < vrij) await this.wekker.slaap(this.opties.pollMs);
    }
  }

  private claim(max: number): Promise<C[]> {
    const { claim } = this.opties;
    const nu = this.omgeving.klok.nu();
    if (typeof claim === 'function') return claim(max, nu);
    return claimMetLease<C>(this.omgeving.dataSource.manager, claim.due, max, nu, claim.leaseMs);
  }

  private voerUit(claim: C): void {
    this.onderweg++;
    void this.opties
      .voerUit(claim)
      .then(
        (uitkomst) => {
          this.onvastgelegd++;
          this.resultaten.push({ claim, uitkomst });
          this.legVast();
        },
        (error) => this.logger.error({ error: String(error) }, `${this.opties.naam}: taak mislukt; de lease loopt af en de taak gaat opnieuw`),
      )
      .finally(() => {
        this.onderweg--;
        this.wekker.wek();
      });
  }

  /** One transaction for whatever results came in meanwhile; results arriving during it go in the next. */
  private legVast(): void {
    if (this.vastleggen) return;
    this.vastleggen = (async () => {
      while (this.resultaten.length) {
        const batch = this.resultaten.splice(0);
        await this.legBatchVast(batch);
        this.onvastgelegd -= batch.length;
        this.wekker.wek();
      }
    })().finally(() => (this.vastleggen = undefined));
  }

  private async legBatchVast(batch: Array<Resultaat<C, U>>): Promise<void> {
    const { lockTimeoutMs } = this.opties;
    for (let keer = 1; ; keer++) {
      try {
        await this.omgeving.dataSource.transaction(async (manager) => {
          if (lockTimeoutMs) await manager.query(`SET LOCAL lock_timeout = ${Math.round(lockTimeoutMs)}`);
          await this.opties.legVast(manager, batch, this.omgeving.klok.nu());
        });
        return;
      } catch (error) {
        if (isLockConflict(error) && keer < MAX_LOCK_CONFLICTEN) {
          await new Promise((resolve) => setTimeout(resolve, keer * 10 + Math.random() * 20));
          continue;
        }
        // Nothing recorded: the leases run out and these rows go out again, with the same key.
        this.logger.error({ error: String(error), aantal: batch.length }, `${this.opties.naam}: vastleggen mislukt; de leases lopen af en de taken gaan opnieuw`);
        return;
      }
    }
  }
}

function isLockConflict(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === '55P03' || code === '40P01';
}
