import { Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { lees, tafelsClient } from '@koers/clients';
import { NietBeschikbaar, NietGevonden } from '@koers/domain';
import type { Uitnodiging } from '../routering/bijeenkomst.rules';
import type { TafelOntvangers } from '../routering/tafel-deelnemers.rules';
import { UITNODIGING_SETTINGS, UitnodigingSettings } from './uitnodiging.settings';

/** Retried by the consumer (NietBeschikbaar): the event waits in the retry queue, then the dead letters, and is never lost. */
export class TafelsOnbereikbaar extends NietBeschikbaar {
  constructor(status?: number) {
    super(
      'tafels-onbereikbaar',
      'Tafels is niet bereikbaar',
      `De uitnodiging kon niet bij tafels worden opgehaald${status ? ` (antwoord ${status})` : ''}; Koers probeert het later opnieuw.`,
    );
  }
}

/** Reads a meeting's invitation from tafels as Koers itself (client koers-notificaties, realm role systeem), with tafels' generated client. */
@Injectable()
export class TafelsClient {
  private readonly logger = new Logger(TafelsClient.name);
  private readonly api: ReturnType<typeof tafelsClient>;

  constructor(
    @Inject(UITNODIGING_SETTINGS) private readonly settings: UitnodigingSettings,
    serviceAccount: ServiceAccount,
  ) {
    this.api = tafelsClient({ baseUrl: settings.tafelsUrl, token: () => serviceAccount.accessToken() });
  }

  /** The invitation as tafels has it now; NietGevonden when tafels does not know the meeting in a region the service serves. */
  async uitnodiging(tafelId: string, bijeenkomstId: string): Promise<Uitnodiging> {
    const uitkomst = await lees(() => this.opvragen(tafelId, bijeenkomstId));
    if (uitkomst.soort === 'niet_gevonden') throw new NietGevonden(`Bijeenkomst ${bijeenkomstId} van tafel ${tafelId}`);
    if (uitkomst.soort === 'onbereikbaar') {
      this.logger.warn({ tafelId, bijeenkomstId, status: uitkomst.status, reden: uitkomst.reden }, 'could not read the invitation from tafels');
      throw new TafelsOnbereikbaar(uitkomst.status);
    }
    return uitkomst.data;
  }

  /** Who hears of the table as a whole, as tafels has it now; NietGevonden when tafels does not know the table. */
  async ontvangers(tafelId: string): Promise<TafelOntvangers> {
    const uitkomst = await lees(() => this.api.GET('/tafels/{id}/ontvangers', { params: { path: { id: tafelId } }, signal: AbortSignal.timeout(this.settings.tafelsTimeoutMs) }));
    if (uitkomst.soort === 'niet_gevonden') throw new NietGevonden(`Tafel ${tafelId}`);
    if (uitkomst.soort === 'onbereikbaar') {
      this.logger.warn({ tafelId, status: uitkomst.status, reden: uitkomst.reden }, 'could not read the table recipients from tafels');
      throw new TafelsOnbereikbaar(uitkomst.status);
    }
    return uitkomst.data;
  }

  private opvragen(tafelId: string, bijeenkomstId: string) {
    return this.api.GET('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/uitnodiging', {
      params: { path: { id: tafelId, bijeenkomstId } },
      signal: AbortSignal.timeout(this.settings.tafelsTimeoutMs),
    });
  }
}
