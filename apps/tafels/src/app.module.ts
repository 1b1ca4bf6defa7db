import { DynamicModule, Module } from '@nestjs/common';
import { entitiesOf, KoersServiceModule, ServiceSettingsModule } from '@koers/bootstrap';
import { ServiceAccountModule } from '@koers/auth';
import { KoersSettings } from '@koers/config';
import { REGISTER_MIGRATIONS, RegioregisterModule } from '@koers/register';
import { AfrondingModule } from './afronding/afronding.module';
import { AfspraakModule } from './afspraak/afspraak.module';
import { BijeenkomstModule } from './bijeenkomst/bijeenkomst.module';
import { DeelnemerModule } from './deelnemer/deelnemer.module';
import { TafelsTafel1764000000101 } from './migrations/1764000000101-tafels-tafel';
import { TafelsBijeenkomst1764000000102 } from './migrations/1764000000102-tafels-bijeenkomst';
import { TafelsVerslag1764000000103 } from './migrations/1764000000103-tafels-verslag';
import { TafelsAfspraak1764000000110 } from './migrations/1764000000110-tafels-afspraak';
import { TafelsBijsturing1764000000120 } from './migrations/1764000000120-tafels-bijsturing';
import { TafelsAfronding1764000000130 } from './migrations/1764000000130-tafels-afronding';
import { TafelsOvername1764000000140 } from './migrations/1764000000140-tafels-overname';
import { TafelsAfspraakDeadline1764000000150 } from './migrations/1764000000150-tafels-afspraak-deadline';
import { TafelsLijsten1764000000160 } from './migrations/1764000000160-tafels-lijsten';
import { OvernameModule } from './overname/overname.module';
import { TafelModule } from './tafel/tafel.module';
import { VerslagModule } from './verslag/verslag.module';
import { loadTafelsSettings, TAFELS_SETTINGS } from './tafels.settings';

/** One module per aggregate. */
export const MODULES = [TafelModule, DeelnemerModule, BijeenkomstModule, VerslagModule, AfspraakModule, AfrondingModule, OvernameModule];

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    const tafelsSettings = loadTafelsSettings(env);
    const account = { realmUrl: settings.keycloak.realmUrl, clientId: tafelsSettings.client.id, clientSecret: tafelsSettings.client.secret };
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({
          settings,
          entities: entitiesOf(MODULES),
          migrations: [TafelsTafel1764000000101, TafelsBijeenkomst1764000000102, TafelsVerslag1764000000103, TafelsAfspraak1764000000110, TafelsBijsturing1764000000120, TafelsAfronding1764000000130, TafelsOvername1764000000140, TafelsAfspraakDeadline1764000000150, TafelsLijsten1764000000160, ...REGISTER_MIGRATIONS],
        }),
        ServiceSettingsModule.forRoot([{ provide: TAFELS_SETTINGS, useValue: tafelsSettings }]),
        ServiceAccountModule.forRoot(account),
        RegioregisterModule.forRoot({ monitoringUrl: tafelsSettings.monitoringUrl, timeoutMs: tafelsSettings.monitoringTimeoutMs }),
        ...MODULES,
      ],
    };
  }
}
