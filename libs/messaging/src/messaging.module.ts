import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BrokerConnection } from './broker-connection';
import { DeadLetters } from './dead-letters';
import { EventConsumer } from './event-consumer';
import { HandlerRegistry } from './handler-registry';
import { MessagingHealth } from './messaging-health';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { MessagingRuntime } from './messaging.runtime';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';

/**
 * The event bus of a service: outbox writer and relay, consumer with processed events, retries and dead
 * letters. Needs DATA_SOURCE from the global PersistenceModule.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: { ...options, relay: options.relay ?? true } },
        BrokerConnection,
        HandlerRegistry,
        OutboxWriter,
        OutboxRelay,
        EventConsumer,
        DeadLetters,
        MessagingHealth,
        MessagingRuntime,
      ],
      exports: [OutboxWriter, MessagingHealth, DeadLetters, OutboxRelay, EventConsumer, BrokerConnection, MESSAGING_OPTIONS],
    };
  }
}
