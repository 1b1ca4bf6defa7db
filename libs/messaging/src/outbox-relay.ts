import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfirmChannel } from 'amqplib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATA_SOURCE, eigenPgClient, schemaOf } from '@koers/persistence';
import { BrokerConnection, backoffMs } from './broker-connection';
import { publishOptions } from './envelope';
import { MESSAGING_OPTIONS, MESSAGING_TUNING, MessagingOptions } from './messaging.options';
import { outboxChannel } from './outbox-writer';
import { assertExchange } from './topology';

interface OutboxRow {
  position: string;
  event_id: string;
  type: string;
  time: string | null;
  traceparent: string | null;
  body: string;
}

/**
 * Publishes the outbox: woken by NOTIFY (and a 1 s poll as a safety net), it reads unpublished rows
 * in position order, publishes them on a confirm channel, waits for the broker's confirms and only
 * then marks them published. A crash between publish and mark republishes them: at-least-once, the
 * processed events of every consumer remove the duplicates. A session-level advisory lock on its dedicated
 * connection makes it the only relay of its schema, so replicas do not race or reorder.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly schema: string;
  private readonly enabled: boolean;
  private client?: Client;
  private locked = false;
  private channel?: ConfirmChannel;
  private running = false;
  private loop?: Promise<void>;
  private wakeRequested = false;
  private wake?: () => void;
  private lastHousekeeping = 0;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly broker: BrokerConnection,
  ) {
    this.schema = schemaOf(dataSource);
    this.enabled = options.relay !== false;
    broker.onConnected(async () => {
      if (!this.enabled) return;
      const channel = await broker.channel(true);
      await assertExchange(channel, options.broker.exchange);
      this.channel = channel;
      this.trigger();
    });
    broker.onDisconnected(() => (this.channel = undefined));
  }

  start(): void {
    if (!this.enabled || this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.trigger();
    await this.loop;
    await this.closeClient();
  }

  /** Ask for a publish round now (after a NOTIFY, a reconnect, or from a test). */
  trigger(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const client = await this.ensureClient();
        if (!this.locked) this.locked = await this.tryLock(client);
        if (this.locked && this.channel) {
          await this.drain(client, this.channel);
          await this.housekeeping(client);
        }
        failures = 0;
      } catch (error) {
        failures++;
        this.logger.warn({ schema: this.schema, error: String(error), failures }, 'outbox relay round failed; rows stay unpublished');
      }
      await this.sleep(failures ? backoffMs(failures) : MESSAGING_TUNING.relayPollMs);
    }
  }

  private async drain(client: Client, channel: ConfirmChannel): Promise<void> {
    const { exchange } = this.options.broker;
    const limit = MESSAGING_TUNING.relayBatchSize;
    while (this.running && this.channel === channel) {
      const { rows } = await client.query<OutboxRow>(
        `SELECT position, event_id, type, payload->>'time' AS time, payload->>'traceparent' AS traceparent, payload::text AS body
           FROM "${this.schema}".outbox WHERE published_at IS NULL ORDER BY position LIMIT $1`,
        [limit],
      );
      if (rows.length === 0) return;
      for (const row of rows) {
        channel.publish(
          exchange,
          row.type,
          Buffer.from(row.body),
          publishOptions({ id: row.event_id, type: row.type, time: row.time ?? undefined, traceparent: row.traceparent }, this.options.service),
        );
      }
      await channel.waitForConfirms();
      await client.query(`UPDATE "${this.schema}".outbox SET published_at = now() WHERE position = ANY($1::bigint[])`, [
        rows.map((row) => row.position),
      ]);
      this.logger.debug?.({ schema: this.schema, published: rows.length }, 'outbox rows published');
      if (rows.length < limit) return;
    }
  }

  /** Published rows are kept a while for inspection; deleting them keeps the table (and its scans) small. */
  private async housekeeping(client: Client): Promise<void> {
    if (Date.now() - this.lastHousekeeping < 3_600_000) return;
    this.lastHousekeeping = Date.now();
    await client.query(
      `DELETE FROM "${this.schema}".outbox WHERE published_at < now() - make_interval(days => $1)`,
      [MESSAGING_TUNING.outboxRetentionDays],
    );
  }

  private async ensureClient(): Promise<Client> {
    if (this.client) return this.client;
    const client = eigenPgClient(this.dataSource, `koers-${this.schema}-relay`);
    const forget = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.locked = false; // a session-level lock dies with its session
      this.trigger();
    };
    client.on('error', (error) => {
      this.logger.warn({ schema: this.schema, error: error.message }, 'relay database connection lost');
      forget();
    });
    client.on('end', forget);
    client.on('notification', () => this.trigger());
    await client.connect();
    // Losing a "published" mark in a crash only republishes (the processed events dedupe), so no need to wait for the WAL flush.
    await client.query('SET synchronous_commit = off');
    await client.query(`LISTEN "${outboxChannel(this.schema)}"`);
    this.client = client;
    return client;
  }

  private async tryLock(client: Client): Promise<boolean> {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [outboxChannel(this.schema)],
    );
    return rows[0].locked;
  }

  private async closeClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.locked = false;
    if (client) await client.end().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested || !this.running) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.wakeRequested = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = finish;
    });
  }
}
