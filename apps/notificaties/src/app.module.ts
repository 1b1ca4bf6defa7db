import { DynamicModule, Module } from '@nestjs/common';
import { KeycloakDirectory } from '@koers/auth';
import { KoersServiceModule } from '@koers/bootstrap';
import { KoersSettings, text } from '@koers/config';
import { InboxController } from './inbox/inbox.controller';
import { InboxHandlers } from './inbox/inbox.handlers';
import { InboxItem } from './inbox/inbox-item.entity';
import { InboxService } from './inbox/inbox.service';
import { NotificatiesInboxItem1764000000001 } from './migrations/1764000000001-notificaties-inbox-item';

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    const directory = {
      realmUrl: settings.keycloak.realmUrl,
      clientId: text(env, 'KEYCLOAK_DIRECTORY_CLIENT_ID', 'koers-notificaties'),
      clientSecret: text(env, 'KEYCLOAK_DIRECTORY_CLIENT_SECRET', 'dev-only-notificaties-secret'),
    };
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({ settings, entities: [InboxItem], migrations: [NotificatiesInboxItem1764000000001] }),
      ],
      controllers: [InboxController],
      providers: [InboxService, InboxHandlers, { provide: KeycloakDirectory, useFactory: () => new KeycloakDirectory(directory) }],
    };
  }
}
