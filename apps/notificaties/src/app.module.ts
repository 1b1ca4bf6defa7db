import { DynamicModule, Module } from '@nestjs/common';
import { ServiceAccountModule } from '@koers/auth';
import { entitiesOf, KoersServiceModule, ServiceSettingsModule } from '@koers/bootstrap';
import { integer, KoersSettings, text, url } from '@koers/config';
import { REGISTER_MIGRATIONS, RegioregisterModule } from '@koers/register';
import { EmailModule } from './email/email.module';
import { BUNDEL_SETTINGS, loadBundelSettings } from './email/bundel.settings';
import { EMAIL_SETTINGS, loadEmailSettings } from './email/email.settings';
import { InboxModule } from './inbox/inbox.module';
import { NotificatiesInboxItem1764000000001 } from './migrations/1764000000001-notificaties-inbox-item';
import { NotificatiesEmailVoorkeur1764000000002 } from './migrations/1764000000002-notificaties-email-voorkeur';
import { NotificatiesEmailOutbox1764000000003 } from './migrations/1764000000003-notificaties-email-outbox';
import { NotificatiesEmailOnbestelbaar1764000000004 } from './migrations/1764000000004-notificaties-email-onbestelbaar';
import { NotificatiesEmailLease1764000000005 } from './migrations/1764000000005-notificaties-email-lease';
import { NotificatiesWebhooks1764000000010 } from './migrations/1764000000010-notificaties-webhooks';
import { NotificatiesWebhookKop1764000000011 } from './migrations/1764000000011-notificaties-webhook-kop';
import { NotificatiesBundels1764000000012 } from './migrations/1764000000012-notificaties-bundels';
import { NotificatiesEmailBijlagen1764000000013 } from './migrations/1764000000013-notificaties-email-bijlagen';
import { NotificatiesInboxOngelezen1764000000014 } from './migrations/1764000000014-notificaties-inbox-ongelezen';
import { RouteringModule } from './routering/routering.module';
import { UitnodigingModule } from './uitnodiging/uitnodiging.module';
import { loadUitnodigingSettings, UITNODIGING_SETTINGS } from './uitnodiging/uitnodiging.settings';
import { VoorkeurModule } from './voorkeur/voorkeur.module';
import { AbonnementModule } from './webhooks/abonnement/abonnement.module';
import { AfleveringModule } from './webhooks/aflevering/aflevering.module';
import { WEBHOOK_INSTELLINGEN, webhookInstellingen } from './webhooks/webhook.instellingen';

/** One module per aggregate. */
export const MODULES = [RouteringModule, InboxModule, UitnodigingModule, VoorkeurModule, EmailModule, AbonnementModule, AfleveringModule];

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    const email = loadEmailSettings(env);
    const directory = {
      realmUrl: settings.keycloak.realmUrl,
      clientId: text(env, 'KEYCLOAK_DIRECTORY_CLIENT_ID', 'koers-notificaties'),
      clientSecret: text(env, 'KEYCLOAK_DIRECTORY_CLIENT_SECRET', 'dev-only-notificaties-secret'),
    };
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({
          settings,
          entities: entitiesOf(MODULES),
          migrations: [
            NotificatiesInboxItem1764000000001,
            NotificatiesEmailVoorkeur1764000000002,
            NotificatiesEmailOutbox1764000000003,
            NotificatiesEmailOnbestelbaar1764000000004,
            NotificatiesEmailLease1764000000005,
            NotificatiesWebhooks1764000000010,
            NotificatiesWebhookKop1764000000011,
            NotificatiesBundels1764000000012,
            NotificatiesEmailBijlagen1764000000013,
            NotificatiesInboxOngelezen1764000000014,
            ...REGISTER_MIGRATIONS,
          ],
        }),
        ServiceSettingsModule.forRoot([
          { provide: EMAIL_SETTINGS, useValue: email },
          { provide: BUNDEL_SETTINGS, useValue: loadBundelSettings(env) },
          { provide: WEBHOOK_INSTELLINGEN, useValue: webhookInstellingen(env) },
          { provide: UITNODIGING_SETTINGS, useValue: loadUitnodigingSettings(env) },
        ]),
        // One identity (koers-notificaties, realm role systeem) for the user directory, the register read and tafels' invitations.
        ServiceAccountModule.forRoot(directory),
        RegioregisterModule.forRoot({
          monitoringUrl: url(env, 'NOTIFICATIES_MONITORING_URL', 'http://127.0.0.1:3005', ['http:', 'https:']).replace(/\/+$/, ''),
          timeoutMs: integer(env, 'NOTIFICATIES_MONITORING_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
        }),
        ...MODULES,
      ],
    };
  }
}
