import { Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { lees, monitoringClient, MonitoringSchemas } from '@koers/clients';
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
    const uitkomst = await lees(() => this.opvragen(regio, indicator, gemeente));
    if (uitkomst.soort === 'niet_gevonden') {
      throw new OngeldigeInvoer([
        { naam: 'indicator', code: 'onbekend-in-monitoring', reden: `monitoring kent de reeks ${indicator}${gemeente ? ` voor ${gemeente}` : ''} niet in regio ${regio}` },
      ]);
    }
    if (uitkomst.soort === 'onbereikbaar') {
      this.logger.warn({ regio, indicator, status: uitkomst.status, reden: uitkomst.reden }, 'could not read the series from monitoring');
      throw new MonitoringOnbereikbaar();
    }
    return uitkomst.data;
  }

  private opvragen(regio: string, indicator: string, gemeente: string | undefined) {
    return this.api.GET('/reeksen', {
      params: { query: { regio, indicator, ...(gemeente ? { gemeente } : {}) } },
      signal: AbortSignal.timeout(this.settings.monitoringTimeoutMs),
    });
  }
}
