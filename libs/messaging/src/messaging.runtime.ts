import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { BrokerConnection } from './broker-connection';
import { EventConsumer } from './event-consumer';
import { HandlerRegistry } from './handler-registry';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { OutboxRelay } from './outbox-relay';

/**
 * Starts the bus once every provider exists (so every handler is found) and stops it first on
 * shutdown (module destroy runs before the DataSource closes on application shutdown).
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly registry: HandlerRegistry,
    private readonly broker: BrokerConnection,
    private readonly consumer: EventConsumer,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.registry.discover();
    this.consumer.enable();
    await this.broker.start();
    this.relay.start();
    this.logger.log(
      { service: this.options.service, handles: this.registry.types(), relay: this.options.relay !== false },
      'messaging started',
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
    await this.relay.stop();
    await this.broker.stop();
  }
}
