import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRICS_REGISTRY } from '@koers/bootstrap';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';

/**
 * Paused webhook subscriptions per region on notificaties' own /metrics, for the alert
 * KoersWebhooksGepauzeerd: a count and a region code, nothing about the subscriber. Counted by the
 * service itself, so the database's monitoring role needs no grant on its tables.
 */
@Injectable()
export class AbonnementMetrics {
  constructor(@Inject(METRICS_REGISTRY) registry: Registry, @Inject(DATA_SOURCE) dataSource: DataSource) {
    const tabel = `"${schemaOf(dataSource)}".webhook_abonnement`;
    new Gauge({
      name: 'koers_webhook_abonnementen_gepauzeerd',
      help: 'Webhook subscriptions paused, by their owner or after failing too long',
      labelNames: ['regio'],
      registers: [registry],
      async collect() {
        const rijen: Array<{ regio: string; n: number }> = await dataSource.query(
          `SELECT regio, count(*)::int AS n FROM ${tabel} WHERE status = 'gepauzeerd' GROUP BY regio`,
        );
        this.reset();
        for (const { regio, n } of rijen) this.set({ regio }, n);
      },
    });
  }
}
