import type { DataSource, EntityManager } from 'typeorm';
import type { CloudEvent } from '@koers/contracts';
import type { OutboxWriter } from '@koers/messaging';
import { schemaOf } from '@koers/persistence';
import { claimInTransactie, DueTabel } from './due-tabel';
import type { Klok } from './klok';
import { PeriodicTask } from './periodic-task';
import { dueWorkKanaal } from './wek-kanaal';
import type { WekLuisteraar } from './wek-luisteraar';

/** What every due work of a service shares: its database, its outbox, its clock and its one LISTEN connection. */
export interface DueWorkOmgeving {
  dataSource: DataSource;
  outbox: OutboxWriter;
  klok: Klok;
  luisteraar: WekLuisteraar;
}

export interface DueWorkOpties {
  /** Names the log lines and the channel of wekNaCommit. */
  naam: string;
  intervalMs: number;
  /** Rows per transaction: a crash redoes at most this many. */
  batch: number;
  due: DueTabel;
  /**
   * Does the work of the claimed rows in the claim's transaction and makes sure they are no longer
   * due (mark, delete or move them on); the events it returns are written to the outbox in the same
   * transaction. A throw rolls everything back and the rows stay due.
   */
  verwerk(manager: EntityManager, sleutels: string[], nu: Date): Promise<CloudEvent[] | void>;
}

/**
 * Work that stays in the database: due rows are claimed with FOR UPDATE SKIP LOCKED, worked on and
 * reported in one transaction, batch after batch while batches come back full. Woken on every
 * interval and at once by a NOTIFY on its channel; a process that dies mid-batch leaves its rows
 * due (its transaction rolls back) for the next run, here or in another replica.
 */
export class DueWork {
  private readonly taak: PeriodicTask;
  private stopLuisteren?: () => void;
  private gestopt = false;

  constructor(
    private readonly omgeving: DueWorkOmgeving,
    private readonly opties: DueWorkOpties,
  ) {
    this.taak = new PeriodicTask(opties.naam, opties.intervalMs, () => this.werkAf());
  }

  get naam(): string {
    return this.opties.naam;
  }

  async start(): Promise<void> {
    this.gestopt = false;
    const kanaal = dueWorkKanaal(schemaOf(this.omgeving.dataSource), this.opties.naam);
    this.stopLuisteren = await this.omgeving.luisteraar.luister(kanaal, () => void this.nu());
    this.taak.start();
  }

  /** Stops after the batch in hand. */
  async stop(): Promise<void> {
    this.gestopt = true;
    this.stopLuisteren?.();
    await this.taak.stop();
  }

  /** A run now (or right after the one in progress); resolves when it ends. */
  nu(): Promise<void> {
    return this.gestopt ? Promise.resolve() : this.taak.nu();
  }

  /** Batch after batch until one is not full; returns how many rows were done. */
  async werkAf(): Promise<number> {
    let gedaan = 0;
    for (;;) {
      const aantal = await this.batch();
      gedaan += aantal;
      if (aantal < this.opties.batch || this.gestopt) return gedaan;
    }
  }

  /** One transaction: claim, work, events. Returns how many rows it claimed. */
  batch(): Promise<number> {
    const { dataSource, outbox, klok } = this.omgeving;
    return dataSource.transaction(async (manager) => {
      const nu = klok.nu();
      const sleutels = await claimInTransactie(manager, this.opties.due, this.opties.batch, nu);
      if (!sleutels.length) return 0;
      const events = await this.opties.verwerk(manager, sleutels, nu);
      if (events?.length) await outbox.add(manager, events);
      return sleutels.length;
    });
  }
}
