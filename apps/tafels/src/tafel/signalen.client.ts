import { Inject, Injectable, Logger } from '@nestjs/common';
import { ServiceAccount } from '@koers/auth';
import { lees, signalenClient, SignalenSchemas } from '@koers/clients';
import { NietBeschikbaar } from '@koers/domain';
import { TAFELS_SETTINGS, TafelsSettings } from '../tafels.settings';

/** A signal with its history, dossier and merged signals, as signalen answers GET /v1/signalen/{id}. */
export type SignaalDetail = SignalenSchemas['SignaalDetailResponse'];

export class SignalenOnbereikbaar extends NietBeschikbaar {
  constructor() {
    super(
      'signalen-onbereikbaar',
      'Signalen is niet bereikbaar',
      'Het signaal kon niet bij signalen worden opgehaald; er is geen tafel gestart. Probeer het over een minuut opnieuw.',
    );
  }
}

/** Reads a signal from signalen as Koers itself (client koers-tafels, realm role systeem). */
@Injectable()
export class SignalenClient {
  private readonly logger = new Logger(SignalenClient.name);
  private readonly api: ReturnType<typeof signalenClient>;

  constructor(
    @Inject(TAFELS_SETTINGS) private readonly settings: TafelsSettings,
    serviceAccount: ServiceAccount,
  ) {
    this.api = signalenClient({ baseUrl: settings.signalenUrl, token: () => serviceAccount.accessToken() });
  }

  /** The signal, or null when signalen does not know it (in any region the service account serves). */
  async signaal(id: string): Promise<SignaalDetail | null> {
    const uitkomst = await lees(() => this.opvragen(id));
    if (uitkomst.soort === 'niet_gevonden') return null;
    if (uitkomst.soort === 'onbereikbaar') {
      this.logger.warn({ signaalId: id, status: uitkomst.status, reden: uitkomst.reden }, 'could not read the signal from signalen');
      throw new SignalenOnbereikbaar();
    }
    return uitkomst.data;
  }

  private opvragen(id: string) {
    return this.api.GET('/signalen/{id}', { params: { path: { id } }, signal: AbortSignal.timeout(this.settings.signalenTimeoutMs) });
  }
}
