import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EntitySchema, MixedList } from 'typeorm';
import { KeycloakAuthModule } from '@koers/auth';
import { KoersSettings } from '@koers/config';
import { DueWorkModule } from '@koers/due-work';
import { HttpMetrics, IdempotencyInterceptor, IdempotencyKeysTable } from '@koers/http';
import { MESSAGING_MIGRATIONS, MessagingModule } from '@koers/messaging';
import { PersistenceModule } from '@koers/persistence';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { HealthController } from './health.controller';
import { MessagingMetrics } from './messaging-metrics';
import { MetricsController } from './metrics.controller';
import { Afsluiting } from './shutdown';

export interface KoersServiceOptions {
  settings: KoersSettings;
  entities: MixedList<Function | string | EntitySchema>;
  /**
   * The service's own migrations; the tables of the event bus (outbox, processed events, from
   * @koers/messaging) and of idempotency keys (from @koers/http) come first.
   */
  migrations: Function[];
}

/** The service's Prometheus registry (/metrics), for a use case's own gauges: `@Inject(METRICS_REGISTRY) registry: Registry`. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/**
 * What every Koers service shares, composed once: its own schema, the event bus with outbox and
 * processed events, due work, token verification, Idempotency-Key on creating POSTs, health and
 * metrics. The app module adds only its bounded context.
 */
@Module({})
export class KoersServiceModule {
  static forRoot({ settings, entities, migrations }: KoersServiceOptions): DynamicModule {
    return {
      module: KoersServiceModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          url: settings.database.url,
          schema: settings.database.schema,
          poolSize: settings.database.poolSize,
          migrateOnStart: settings.database.migrateOnStart,
          applicationName: `koers-${settings.service}`,
          entities,
          migrations: [...MESSAGING_MIGRATIONS, IdempotencyKeysTable, ...migrations],
        }),
        MessagingModule.forRoot({ service: settings.service, broker: settings.broker, eventSource: settings.events.source }),
        KeycloakAuthModule.forRoot(settings.keycloak),
        DueWorkModule,
      ],
      controllers: [HealthController, MetricsController, DeadLettersController],
      providers: [
        { provide: HttpMetrics, useFactory: () => new HttpMetrics(settings.service) },
        { provide: METRICS_REGISTRY, useFactory: (metrics: HttpMetrics) => metrics.registry, inject: [HttpMetrics] },
        { provide: KOERS_SETTINGS, useValue: settings },
        MessagingMetrics,
        Afsluiting,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [HttpMetrics, METRICS_REGISTRY, KOERS_SETTINGS, Afsluiting],
    };
  }
}

export const KOERS_SETTINGS = Symbol('KOERS_SETTINGS');

/** A Nest module of one aggregate; it names the entities it stores (`static readonly entities`). */
export type AggregateModule = Type<unknown> & { readonly entities?: readonly Function[] };

/** The entities of a service: whatever its aggregate modules store, each listed where it is used. */
export function entitiesOf(modules: readonly AggregateModule[]): Function[] {
  return modules.flatMap((module) => module.entities ?? []);
}
