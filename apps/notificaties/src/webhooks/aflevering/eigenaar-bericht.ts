import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { isGemeentecode } from '@koers/contracts';
import { InboxService } from '../../inbox/inbox.service';
import { PORTAAL } from '../../routering/portaal';
import type { Ontvangers, Route } from '../../routering/route';

/** Inbox item types of the webhook part; they never travel on the bus. */
export const WEBHOOK_MISLUKT = 'nl.koers.notificaties.webhook.mislukt.v1';
export const WEBHOOK_GEPAUZEERD = 'nl.koers.notificaties.webhook.gepauzeerd.v1';

export interface BetrokkenAbonnement {
  id: string;
  regio: string;
  organisatie: string;
  callbackUrl: string;
}

/** The people of the organisation that owns a subscription: a provider's staff, or a gemeente's. */
function eigenaars(organisatie: string): Ontvangers[] {
  return [isGemeentecode(organisatie) ? { rol: 'gemeente', gemeente: organisatie } : { rol: 'aanbieder', organisatie }];
}

/** Tells the owner, in its inbox and in the caller's transaction, that deliveries failed for good or the subscription was paused. */
export async function meldAanEigenaar(
  inbox: InboxService,
  manager: EntityManager,
  soort: 'mislukt' | 'gepauzeerd',
  abonnement: BetrokkenAbonnement,
  detail: { aantal?: number; reden?: string },
): Promise<void> {
  const link = PORTAAL.webhookAfleveringen(abonnement.id, soort === 'mislukt');
  const route: Pick<Route, 'ontvangers' | 'bericht' | 'groep'> = {
    ontvangers: eigenaars(abonnement.organisatie),
    groep:
      soort === 'mislukt'
        ? { sleutel: 'webhook-mislukt', naam: 'Berichten die niet aankwamen bij uw systeem' }
        : { sleutel: 'webhook-gepauzeerd', naam: 'Berichten aan uw systeem die stilstaan' },
    bericht:
      soort === 'mislukt'
        ? {
            titel: `${detail.aantal === 1 ? 'Een bericht' : `${detail.aantal} berichten`} niet aangekomen bij uw systeem`,
            tekst:
              `Koers heeft ${detail.aantal === 1 ? 'een bericht' : `${detail.aantal} berichten`} een dag lang steeds opnieuw naar ${abonnement.callbackUrl} gestuurd, ` +
              'maar uw systeem nam ze niet aan. Zorg dat uw systeem weer berichten aanneemt en vraag ze daarna opnieuw aan.',
            link,
            actie: 'Bekijk de mislukte berichten',
          }
        : {
            titel: 'Berichten aan uw systeem staan stil',
            tekst:
              `Koers stuurt voorlopig geen berichten meer naar ${abonnement.callbackUrl}: ${detail.reden}. ` +
              'Er gaat niets verloren: zet het abonnement weer aan zodra uw systeem berichten aanneemt, dan komen ze alsnog, op volgorde.',
            link,
            actie: 'Bekijk het abonnement',
          },
  };
  const type = soort === 'mislukt' ? WEBHOOK_MISLUKT : WEBHOOK_GEPAUZEERD;
  await inbox.bezorg({ id: randomUUID(), type, regio: abonnement.regio, time: new Date().toISOString() }, route, manager);
}
