import { Inject, Injectable, Logger } from '@nestjs/common';
import * as amqplib from 'amqplib';
import type { Channel, ChannelModel, ConfirmChannel } from 'amqplib';
import { MESSAGING_OPTIONS, MESSAGING_TUNING, MessagingOptions } from './messaging.options';

/** Runs on every (re)connection: declare topology, open channels, resume work. */
export type ConnectedHook = (connection: ChannelModel) => Promise<void>;

export function backoffMs(attempt: number): number {
  return Math.min(MESSAGING_TUNING.reconnectMinMs * 2 ** attempt, MESSAGING_TUNING.reconnectMaxMs);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The broker URL without its password, for logs and errors. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}

/**
 * One AMQP connection per process. When it (or any channel a component opened on it) is lost, it
 * reconnects with capped exponential backoff and runs every registered hook again, so topology,
 * consumers and the relay come back by themselves.
 */
@Injectable()
export class BrokerConnection {
  private readonly logger = new Logger('Messaging');
  private connection?: ChannelModel;
  private readonly hooks: ConnectedHook[] = [];
  private readonly disconnectHooks: Array<() => void> = [];
  private ready = false;
  private stopping = false;
  private reconnecting?: Promise<void>;
  /** A connect attempt is running; its caller retries, so a loss during setup schedules nothing. */
  private connecting = false;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  onConnected(hook: ConnectedHook): void {
    this.hooks.push(hook);
  }

  onDisconnected(hook: () => void): void {
    this.disconnectHooks.push(hook);
  }

  /** Connection and every channel opened through `channel()` are up. */
  isConnected(): boolean {
    return this.ready;
  }

  /** First connection at bootstrap: a few attempts, then a clear error (the service cannot start without it). */
  async start(): Promise<void> {
    this.stopping = false;
    let lastError: unknown;
    for (let attempt = 0; attempt < MESSAGING_TUNING.initialConnectAttempts; attempt++) {
      try {
        await this.connectOnce();
        return;
      } catch (error) {
        lastError = error;
        this.logger.warn({ attempt: attempt + 1, error: String(error) }, 'broker connection failed, retrying');
        await sleep(backoffMs(attempt));
      }
    }
    throw new Error(
      `RabbitMQ at ${redact(this.options.broker.url)} unreachable after ${MESSAGING_TUNING.initialConnectAttempts} attempts: ${String(lastError)}`,
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.ready = false;
    const connection = this.connection;
    this.connection = undefined;
    if (connection) await connection.close().catch(() => undefined);
    await this.reconnecting?.catch(() => undefined);
  }

  /** A channel whose loss (while the connection stays up) forces a full reconnect, so nothing is left half-alive. */
  async channel(confirm: true): Promise<ConfirmChannel>;
  async channel(confirm: false): Promise<Channel>;
  async channel(confirm: boolean): Promise<Channel | ConfirmChannel> {
    const connection = this.connection;
    if (!connection) throw new Error('broker not connected');
    const channel = confirm ? await connection.createConfirmChannel() : await connection.createChannel();
    channel.on('error', (error: Error) => this.logger.warn({ error: error.message }, 'broker channel error'));
    channel.on('close', () => {
      if (this.connection === connection && !this.stopping) this.lost(connection, new Error('channel closed'));
    });
    return channel;
  }

  /** A short-lived channel (inspection, replay) whose closing is not a failure. */
  async temporaryChannel(confirm: boolean): Promise<Channel | ConfirmChannel> {
    const connection = this.connection;
    if (!connection) throw new Error('broker not connected');
    const channel = confirm ? await connection.createConfirmChannel() : await connection.createChannel();
    channel.on('error', (error: Error) => this.logger.warn({ error: error.message }, 'broker channel error'));
    return channel;
  }

  private async connectOnce(): Promise<void> {
    this.connecting = true;
    try {
      await this.setUp();
    } finally {
      this.connecting = false;
    }
  }

  private async setUp(): Promise<void> {
    const connection = await amqplib.connect(this.options.broker.url, {
      clientProperties: { connection_name: `koers-${this.options.service}-${process.pid}` },
      noDelay: true,
    });
    connection.on('error', (error: Error) => this.logger.warn({ error: error.message }, 'broker connection error'));
    connection.on('close', (error?: Error) => this.lost(connection, error ?? new Error('connection closed')));
    this.connection = connection;
    try {
      for (const hook of this.hooks) await hook(connection);
    } catch (error) {
      this.connection = undefined;
      await connection.close().catch(() => undefined);
      throw error;
    }
    if (this.connection !== connection) throw new Error('broker connection lost during setup');
    this.ready = true;
  }

  private lost(connection: ChannelModel, error: Error): void {
    if (this.connection !== connection) return;
    this.connection = undefined;
    this.ready = false;
    for (const hook of this.disconnectHooks) hook();
    connection.close().catch(() => undefined);
    if (this.stopping || this.connecting) return;
    this.logger.warn({ error: error.message }, 'broker connection lost, reconnecting');
    this.reconnecting ??= this.reconnect().finally(() => (this.reconnecting = undefined));
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      await sleep(backoffMs(attempt));
      if (this.stopping) return;
      try {
        await this.connectOnce();
        this.logger.log({ attempts: attempt + 1 }, 'broker reconnected');
        return;
      } catch (error) {
        this.logger.debug?.({ attempt: attempt + 1, error: String(error) }, 'broker reconnect failed');
      }
    }
  }
}
