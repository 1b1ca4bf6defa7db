import { Logger } from '@nestjs/common';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { eigenPgClient, schemaOf } from '@koers/persistence';

const HERSTEL_MIN_MS = 250;
const HERSTEL_MAX_MS = 5000;

/**
 * One LISTEN connection per process for every due work of its schema. A NOTIFY calls the waiting
 * workers of its channel; a lost connection is made again with a growing wait, and each worker's
 * interval covers what was notified meanwhile.
 */
export class WekLuisteraar {
  private readonly logger = new Logger('DueWork');
  private readonly kanalen = new Map<string, Set<() => void>>();
  private client?: Client;
  private verbinden?: Promise<void>;
  private herstel?: NodeJS.Timeout;
  private mislukt = 0;
  private verbondenGeweest = false;
  private rij: Promise<void> = Promise.resolve();
  private gestopt = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Calls `wek` on every NOTIFY on `kanaal`; returns the way to stop listening. */
  async luister(kanaal: string, wek: () => void): Promise<() => void> {
    this.gestopt = false;
    const nieuw = !this.kanalen.has(kanaal);
    const wekkers = this.kanalen.get(kanaal) ?? new Set();
    wekkers.add(wek);
    this.kanalen.set(kanaal, wekkers);
    await this.verbind();
    if (nieuw) await this.opdracht(`LISTEN "${kanaal}"`);
    return () => {
      wekkers.delete(wek);
      if (wekkers.size) return;
      this.kanalen.delete(kanaal);
      void this.opdracht(`UNLISTEN "${kanaal}"`);
    };
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    clearTimeout(this.herstel);
    this.kanalen.clear();
    await this.verbinden?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** One statement at a time on the connection (pg does not take a second while one runs). */
  private opdracht(tekst: string): Promise<void> {
    this.rij = this.rij.then(async () => {
      const client = this.client;
      if (!client) return; // the reconnect LISTENs on every channel anyway
      await client.query(tekst).catch(() => this.verloren(client));
    });
    return this.rij;
  }

  private verbind(): Promise<void> {
    if (this.client || this.gestopt) return Promise.resolve();
    this.verbinden ??= this.maakVerbinding().finally(() => (this.verbinden = undefined));
    return this.verbinden;
  }

  private async maakVerbinding(): Promise<void> {
    const client = eigenPgClient(this.dataSource, `koers-${schemaOf(this.dataSource)}-due-work`);
    client.on('notification', (bericht) => this.kanalen.get(bericht.channel)?.forEach((wek) => wek()));
    client.on('error', (error) => {
      this.logger.warn({ error: error.message }, 'due-work LISTEN connection lost; the interval covers the gap');
      this.verloren(client);
    });
    client.on('end', () => this.verloren(client));
    try {
      await client.connect();
      for (const kanaal of this.kanalen.keys()) await client.query(`LISTEN "${kanaal}"`);
      const herstart = this.verbondenGeweest;
      this.client = client;
      this.verbondenGeweest = true;
      this.mislukt = 0;
      // What was notified while the connection was down: one round each now instead of at the next interval.
      if (herstart) this.kanalen.forEach((wekkers) => wekkers.forEach((wek) => wek()));
    } catch (error) {
      this.logger.warn({ error: String(error) }, 'due-work LISTEN connection failed; trying again');
      await client.end().catch(() => undefined);
      this.planHerstel();
    }
  }

  private verloren(client = this.client): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.planHerstel();
  }

  private planHerstel(): void {
    if (this.gestopt || this.herstel) return;
    const wacht = Math.min(HERSTEL_MAX_MS, HERSTEL_MIN_MS * 2 ** this.mislukt++);
    this.herstel = setTimeout(() => {
      this.herstel = undefined;
      void this.verbind();
    }, wacht);
  }
}
