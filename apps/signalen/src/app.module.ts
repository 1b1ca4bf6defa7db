import { DynamicModule, Module } from '@nestjs/common';
import { KoersServiceModule } from '@koers/bootstrap';
import { KoersSettings } from '@koers/config';
import { SignalenSignaal1764000000001 } from './migrations/1764000000001-signalen-signaal';
import { SignalenAfwijking1764000000002 } from './migrations/1764000000002-signalen-afwijking';
import { SignalenKoersReferentie1764000000020 } from './migrations/1764000000020-signalen-koers-referentie';
import { SignaalHandlers } from './signaal/signaal.handlers';
import { SignaalController } from './signaal/signaal.controller';
import { Signaal } from './signaal/signaal.entity';
import { SignaalService } from './signaal/signaal.service';

@Module({})
export class AppModule {
  static register(settings: KoersSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [KoersServiceModule.forRoot({ settings, entities: [Signaal], migrations: [SignalenSignaal1764000000001, SignalenAfwijking1764000000002, SignalenKoersReferentie1764000000020] })],
      controllers: [SignaalController],
      providers: [SignaalService, SignaalHandlers],
    };
  }
}
