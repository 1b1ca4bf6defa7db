import { DynamicModule, Module } from '@nestjs/common';
import { entitiesOf, KoersServiceModule, ServiceSettingsModule } from '@koers/bootstrap';
import { ServiceAccountModule } from '@koers/auth';
import { KoersSettings } from '@koers/config';
import { REGISTER_MIGRATIONS, RegioregisterModule } from '@koers/register';
import { ConsensusModule } from './consensus/consensus.module';
import { DossierModule } from './dossier/dossier.module';
import { SignalenSignaal1764000000001 } from './migrations/1764000000001-signalen-signaal';
import { SignalenAfwijking1764000000002 } from './migrations/1764000000002-signalen-afwijking';
import { SignalenLevensloop1764000000010 } from './migrations/1764000000010-signalen-levensloop';
import { SignalenDossier1764000000011 } from './migrations/1764000000011-signalen-dossier';
import { SignalenConsensus1764000000012 } from './migrations/1764000000012-signalen-consensus';
import { SignalenKoersReferentie1764000000020 } from './migrations/1764000000020-signalen-koers-referentie';
import { SignalenTermijn1764000000021 } from './migrations/1764000000021-signalen-termijn';
import { SignalenZoeken1764000000022 } from './migrations/1764000000022-signalen-zoeken';
import { SignalenTermijnIndex1764000000023 } from './migrations/1764000000023-signalen-termijn-index';
import { SignalenCorrecties1764000000024 } from './migrations/1764000000024-signalen-correcties';
import { SignalenTafelAfgerond1764000000025 } from './migrations/1764000000025-signalen-tafel-afgerond';
import { SignalenBetrokken1764000000026 } from './migrations/1764000000026-signalen-betrokken';
import { SignaalDetailModule } from './signaal-detail/signaal-detail.module';
import { SignaalModule } from './signaal/signaal.module';
import { loadSignalenSettings, SIGNALEN_SETTINGS } from './signalen.settings';
import { TermijnModule } from './termijn/termijn.module';
import { loadTermijnSettings, TERMIJN_SETTINGS } from './termijn/termijn.settings';

/** One module per aggregate, and the detail view that reads across them. */
export const MODULES = [SignaalModule, DossierModule, ConsensusModule, TermijnModule, SignaalDetailModule];

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    const signalenSettings = loadSignalenSettings(env);
    const account = { realmUrl: settings.keycloak.realmUrl, clientId: signalenSettings.client.id, clientSecret: signalenSettings.client.secret };
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({
          settings,
          entities: entitiesOf(MODULES),
          migrations: [
            SignalenSignaal1764000000001,
            SignalenAfwijking1764000000002,
            SignalenLevensloop1764000000010,
            SignalenDossier1764000000011,
            SignalenConsensus1764000000012,
            SignalenKoersReferentie1764000000020,
            SignalenTermijn1764000000021,
            SignalenZoeken1764000000022,
            SignalenTermijnIndex1764000000023,
            SignalenCorrecties1764000000024,
            SignalenTafelAfgerond1764000000025,
            SignalenBetrokken1764000000026,
            ...REGISTER_MIGRATIONS,
          ],
        }),
        ServiceSettingsModule.forRoot([
          { provide: SIGNALEN_SETTINGS, useValue: signalenSettings },
          { provide: TERMIJN_SETTINGS, useValue: loadTermijnSettings(env) },
        ]),
        ServiceAccountModule.forRoot(account),
        RegioregisterModule.forRoot({ monitoringUrl: signalenSettings.monitoringUrl, timeoutMs: signalenSettings.monitoringTimeoutMs }),
        ...MODULES,
      ],
    };
  }
}
