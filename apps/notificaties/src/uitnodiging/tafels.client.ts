import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { NietBeschikbaar, NietGevonden } from '@koers/domain';
import type { Uitnodiging } from '../routering/bijeenkomst.rules';
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

/** Reads a meeting's invitation from tafels as Koers itself (client koers-notificaties, realm role systeem). */
@Injectable()
export class TafelsClient {
  private readonly logger = new Logger(TafelsClient.name);

  constructor(
    @Inject(UITNODIGING_SETTINGS) private readonly settings: UitnodigingSettings,
    private readonly serviceAccount: ServiceAccount,
  ) {}

  /** The invitation as tafels has it now; NietGevonden when tafels does not know the meeting in a region the service serves. */
  async uitnodiging(tafelId: string, bijeenkomstId: string): Promise<Uitnodiging> {
    const pad = `/v1/tafels/${encodeURIComponent(tafelId)}/bijeenkomsten/${encodeURIComponent(bijeenkomstId)}/uitnodiging`;
    let response: Response;
    try {
      response = await fetch(`${this.settings.tafelsUrl}${pad}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${await this.serviceAccount.accessToken()}` },
        signal: AbortSignal.timeout(this.settings.tafelsTimeoutMs),
      });
    } catch (error) {
      this.logger.warn({ tafelId, bijeenkomstId, error: String(error) }, 'tafels not reachable');
      throw new TafelsOnbereikbaar();
    }
    if (response.status === HttpStatus.NOT_FOUND) throw new NietGevonden(`Bijeenkomst ${bijeenkomstId} van tafel ${tafelId}`);
    if (!response.ok) {
      this.logger.error({ tafelId, bijeenkomstId, status: response.status, body: (await response.text()).slice(0, 500) }, 'tafels refused the invitation request');
      throw new TafelsOnbereikbaar(response.status);
    }
    return (await response.json()) as Uitnodiging;
  }
}
