import { Provider } from '@nestjs/common';
import { NotificatiesWebhooks1764000000010 } from '../migrations/1764000000010-notificaties-webhooks';
import { NotificatiesWebhookKop1764000000011 } from '../migrations/1764000000011-notificaties-webhook-kop';
import { AbonnementController } from './abonnement/abonnement.controller';
import { Abonnement } from './abonnement/abonnement.entity';
import { AbonnementService } from './abonnement/abonnement.service';
import { AfleveringController } from './aflevering/aflevering.controller';
import { Aflevering, Poging } from './aflevering/aflevering.entity';
import { AfleveringHandlers } from './aflevering/aflevering.handlers';
import { AfleveringService } from './aflevering/aflevering.service';
import { AfleveringWorker } from './aflevering/aflevering.worker';
import { WEBHOOK_INSTELLINGEN, webhookInstellingen } from './webhook.instellingen';

/** What the webhook part adds to the notificaties app module. */
export const WEBHOOK_ENTITIES = [Abonnement, Aflevering, Poging];
export const WEBHOOK_MIGRATIONS = [NotificatiesWebhooks1764000000010, NotificatiesWebhookKop1764000000011];
export const WEBHOOK_CONTROLLERS = [AbonnementController, AfleveringController];

export function webhookProviders(env: Record<string, string | undefined>): Provider[] {
  return [
    { provide: WEBHOOK_INSTELLINGEN, useValue: webhookInstellingen(env) },
    AbonnementService,
    AfleveringService,
    AfleveringHandlers,
    AfleveringWorker,
  ];
}
