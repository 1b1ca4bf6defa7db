import { DynamicModule, Module } from '@nestjs/common';
import { KeycloakDirectory } from '@koers/auth';
import { KoersServiceModule } from '@koers/bootstrap';
import { KoersSettings, text } from '@koers/config';
import { DagoverzichtScheduler } from './email/dagoverzicht.scheduler';
import { DagoverzichtService } from './email/dagoverzicht.service';
import { EmailMelding } from './email/email-melding.entity';
import { EmailService } from './email/email.service';
import { EMAIL_SETTINGS, loadEmailSettings } from './email/email.settings';
import { EmailVerzender } from './email/email.verzender';
import { UitgaandeEmail } from './email/uitgaande-email.entity';
import { InboxController } from './inbox/inbox.controller';
import { InboxHandlers } from './inbox/inbox.handlers';
import { InboxItem } from './inbox/inbox-item.entity';
import { InboxService } from './inbox/inbox.service';
import { NotificatiesInboxItem1764000000001 } from './migrations/1764000000001-notificaties-inbox-item';
import { NotificatiesEmailVoorkeur1764000000002 } from './migrations/1764000000002-notificaties-email-voorkeur';
import { NotificatiesEmailOutbox1764000000003 } from './migrations/1764000000003-notificaties-email-outbox';
import { NotificatiesEmailOnbestelbaar1764000000004 } from './migrations/1764000000004-notificaties-email-onbestelbaar';
import { OntvangersService } from './routering/ontvangers.service';
import { VoorkeurController } from './voorkeur/voorkeur.controller';
import { EmailVoorkeur } from './voorkeur/voorkeur.entity';
import { VoorkeurService } from './voorkeur/voorkeur.service';
import { WEBHOOK_CONTROLLERS, WEBHOOK_ENTITIES, WEBHOOK_MIGRATIONS, webhookProviders } from './webhooks/webhooks';

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
          entities: [InboxItem, EmailVoorkeur, EmailMelding, UitgaandeEmail, ...WEBHOOK_ENTITIES],
          migrations: [
            NotificatiesInboxItem1764000000001,
            NotificatiesEmailVoorkeur1764000000002,
            NotificatiesEmailOutbox1764000000003,
            NotificatiesEmailOnbestelbaar1764000000004,
            ...WEBHOOK_MIGRATIONS,
          ],
        }),
      ],
      controllers: [InboxController, VoorkeurController, ...WEBHOOK_CONTROLLERS],
      providers: [
        InboxService,
        InboxHandlers,
        { provide: KeycloakDirectory, useFactory: () => new KeycloakDirectory(directory) },
        OntvangersService,
        { provide: EMAIL_SETTINGS, useValue: email },
        VoorkeurService,
        EmailService,
        EmailVerzender,
        DagoverzichtService,
        DagoverzichtScheduler,
        ...webhookProviders(env),
      ],
    };
  }
}
