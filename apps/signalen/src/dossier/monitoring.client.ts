import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { NietBeschikbaar, OngeldigeInvoer } from '@koers/domain';
import type { Gegeven } from './dossierstuk.entity';
import { SIGNALEN_SETTINGS, SignalenSettings } from '../signalen.settings';

/** A series as monitoring returns it (GET /v1/reeksen); the points are kept exactly as received. */
export interface Reeks {
  regio: string;
  indicator: string;
  gemeente?: string;
  koersdoel?: Record<string, Gegeven>;
  punten: Array<{ periode: string } & Record<string, Gegeven>>;
}

export class MonitoringOnbereikbaar extends NietBeschikbaar {
  constructor() {
    super(
      'monitoring-onbereikbaar',
      'Monitoring is niet bereikbaar',
      'De cijfers konden niet bij monitoring worden opgehaald; er is niets opgeslagen. Probeer het over een minuut opnieuw.',
    );
  }
}

/** Reads series from the monitoring service with signalen's service account. */
@Injectable()
export class MonitoringClient {
  private readonly logger = new Logger(MonitoringClient.name);

  constructor(
    @Inject(SIGNALEN_SETTINGS) private readonly settings: SignalenSettings,
    private readonly serviceAccount: ServiceAccount,
  ) {}

  async reeks(regio: string, indicator: string, gemeente?: string): Promise<Reeks> {
    const query = new URLSearchParams({ regio, indicator, ...(gemeente ? { gemeente } : {}) });
    let response: Response;
    try {
      response = await fetch(`${this.settings.monitoringUrl}/v1/reeksen?${query}`, {
        headers: { authorization: `Bearer ${await this.serviceAccount.accessToken()}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.settings.monitoringTimeoutMs),
      });
    } catch (error) {
      this.logger.warn({ regio, indicator, error: String(error) }, 'monitoring not reachable');
      throw new MonitoringOnbereikbaar();
    }
    if (response.status === HttpStatus.NOT_FOUND) {
      throw new OngeldigeInvoer([
        { naam: 'indicator', code: 'onbekend-in-monitoring', reden: `monitoring kent de reeks ${indicator}${gemeente ? ` voor ${gemeente}` : ''} niet in regio ${regio}` },
      ]);
    }
    if (!response.ok) {
      // 400/401/403 mean our request or our account is wrong, 5xx that monitoring is in trouble: either way the caller can only wait.
      this.logger.error({ regio, indicator, status: response.status, body: (await response.text()).slice(0, 500) }, 'monitoring refused the series request');
      throw new MonitoringOnbereikbaar();
    }
    return (await response.json()) as Reeks;
  }
}
