import { Inject, Injectable, Logger } from '@nestjs/common';
import { lees, monitoringClient } from '@koers/clients';
import { TAFELS_SETTINGS, TafelsSettings } from '../tafels.settings';
import type { Planstand } from './opvolging.rules';

/** Monitoring's batch route takes at most this many subjects per call. */
export const MAX_IDS_PER_VRAAG = 100;

/**
 * Reads the standing of many agreements' plans from monitoring in one call, with the VIEWER's own
 * bearer token: monitoring suppresses small numbers for the person who looks, and refuses a service
 * identity on this route (domain.md §6).
 */
@Injectable()
export class MonitoringStandClient {
  private readonly logger = new Logger(MonitoringStandClient.name);

  constructor(@Inject(TAFELS_SETTINGS) private readonly settings: TafelsSettings) {}

  /** Per agreement id its plan in `regio`; null when monitoring could not be read (down, slow, or refusing). */
  async stand(bearer: string, regio: string, afspraakIds: readonly string[]): Promise<Map<string, Planstand> | null> {
    const plannen = new Map<string, Planstand>();
    if (!afspraakIds.length) return plannen;
    const api = monitoringClient({ baseUrl: this.settings.monitoringUrl, token: () => bearer });
    for (let i = 0; i < afspraakIds.length; i += MAX_IDS_PER_VRAAG) {
      const ids = afspraakIds.slice(i, i + MAX_IDS_PER_VRAAG);
      const uitkomst = await lees(() =>
        api.GET('/monitoringplannen', {
          params: { query: { onderwerp: 'afspraak', onderwerpIds: [...ids] } },
          signal: AbortSignal.timeout(this.settings.opvolgingTimeoutMs),
        }),
      );
      if (uitkomst.soort !== 'gelezen') {
        this.logger.warn({ regio, aantal: ids.length, status: uitkomst.soort === 'onbereikbaar' ? uitkomst.status : 404, reden: uitkomst.soort === 'onbereikbaar' ? uitkomst.reden : 'niet gevonden' }, 'could not read the plans from monitoring');
        return null;
      }
      for (const plan of uitkomst.data) {
        if (plan.regio !== regio || plan.onderwerp.soort !== 'afspraak') continue;
        plannen.set(plan.onderwerp.id, { monitoringplanId: plan.id, status: plan.status, ...(plan.stand ? { stand: plan.stand } : {}) });
      }
    }
    return plannen;
  }
}
