import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { monitoringClient, MonitoringSchemas } from '@koers/clients';
import { NietBeschikbaar, OngeldigeInvoer } from '@koers/domain';
import { SIGNALEN_SETTINGS, SignalenSettings } from '../signalen.settings';

/** A series as monitoring returns it (GET /v1/reeksen); the points are kept exactly as received. */
export type Reeks = MonitoringSchemas['ReeksResponse'];

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
  private readonly api: ReturnType<typeof monitoringClient>;

  constructor(
    @Inject(SIGNALEN_SETTINGS) private readonly settings: SignalenSettings,
    serviceAccount: ServiceAccount,
  ) {
    this.api = monitoringClient({ baseUrl: settings.monitoringUrl, token: () => serviceAccount.accessToken() });
  }

  async reeks(regio: string, indicator: string, gemeente?: string): Promise<Reeks> {
    let antwoord: Awaited<ReturnType<typeof this.opvragen>>;
    try {
      antwoord = await this.opvragen(regio, indicator, gemeente);
    } catch (error) {
      this.logger.warn({ regio, indicator, error: String(error) }, 'monitoring not reachable');
      throw new MonitoringOnbereikbaar();
    }
    const { data, error, response } = antwoord;
    if (response.status === HttpStatus.NOT_FOUND) {
      throw new OngeldigeInvoer([
        { naam: 'indicator', code: 'onbekend-in-monitoring', reden: `monitoring kent de reeks ${indicator}${gemeente ? ` voor ${gemeente}` : ''} niet in regio ${regio}` },
      ]);
    }
    if (!data) {
      // 400/401/403 mean our request or our account is wrong, 5xx that monitoring is in trouble: either way the caller can only wait.
      this.logger.error({ regio, indicator, status: response.status, body: JSON.stringify(error ?? null).slice(0, 500) }, 'monitoring refused the series request');
      throw new MonitoringOnbereikbaar();
    }
    return data;
  }

  private opvragen(regio: string, indicator: string, gemeente: string | undefined) {
    return this.api.GET('/reeksen', {
      params: { query: { regio, indicator, ...(gemeente ? { gemeente } : {}) } },
      signal: AbortSignal.timeout(this.settings.monitoringTimeoutMs),
    });
  }
}
