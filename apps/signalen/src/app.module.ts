import { DynamicModule, Module } from '@nestjs/common';
import { KoersServiceModule } from '@koers/bootstrap';
import { KeycloakDirectory, ServiceAccount } from '@koers/auth';
import { KoersSettings } from '@koers/config';
import { ConsensusController } from './consensus/consensus.controller';
import { ConsensusService } from './consensus/consensus.service';
import { Consensusantwoord } from './consensus/consensusantwoord.entity';
import { Consensusronde } from './consensus/consensusronde.entity';
import { OrganisatieRegister } from './consensus/organisatie-register';
import { DossierController } from './dossier/dossier.controller';
import { DossierService } from './dossier/dossier.service';
import { Dossierstuk } from './dossier/dossierstuk.entity';
import { MonitoringClient } from './dossier/monitoring.client';
import { SignalenSignaal1764000000001 } from './migrations/1764000000001-signalen-signaal';
import { SignalenAfwijking1764000000002 } from './migrations/1764000000002-signalen-afwijking';
import { SignalenLevensloop1764000000010 } from './migrations/1764000000010-signalen-levensloop';
import { SignalenDossier1764000000011 } from './migrations/1764000000011-signalen-dossier';
import { SignalenConsensus1764000000012 } from './migrations/1764000000012-signalen-consensus';
import { SignalenKoersReferentie1764000000020 } from './migrations/1764000000020-signalen-koers-referentie';
import { SignalenTermijn1764000000021 } from './migrations/1764000000021-signalen-termijn';
import { SignalenZoeken1764000000022 } from './migrations/1764000000022-signalen-zoeken';
import { SignalenTermijnIndex1764000000023 } from './migrations/1764000000023-signalen-termijn-index';
import { SignaalHandlers } from './signaal/signaal.handlers';
import { SignaalController } from './signaal/signaal.controller';
import { Signaal } from './signaal/signaal.entity';
import { SignaalDetailService } from './signaal/signaal-detail.service';
import { SignaalService } from './signaal/signaal.service';
import { StatuswijzigingController } from './signaal/statuswijziging.controller';
import { Statuswijziging } from './signaal/statuswijziging.entity';
import { SignaalStapService } from './signaal/signaal-stap.service';
import { StatuswijzigingService } from './signaal/statuswijziging.service';
import { TafelGestartService } from './signaal/tafel-gestart.service';
import { loadSignalenSettings, SIGNALEN_SETTINGS } from './signalen.settings';
import { TermijnController } from './termijn/termijn.controller';
import { Termijn, TermijnInstelling } from './termijn/termijn.entity';
import { TermijnScheduler } from './termijn/termijn.scheduler';
import { TermijnService } from './termijn/termijn.service';
import { loadTermijnSettings, TERMIJN_SETTINGS } from './termijn/termijn.settings';

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
          entities: [Signaal, Statuswijziging, Dossierstuk, Consensusronde, Consensusantwoord, Termijn, TermijnInstelling],
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
          ],
        }),
      ],
      controllers: [SignaalController, StatuswijzigingController, DossierController, ConsensusController, TermijnController],
      providers: [
        SignaalService,
        SignaalHandlers,
        SignaalDetailService,
        SignaalStapService,
        StatuswijzigingService,
        TafelGestartService,
        DossierService,
        MonitoringClient,
        ConsensusService,
        OrganisatieRegister,
        { provide: SIGNALEN_SETTINGS, useValue: signalenSettings },
        { provide: ServiceAccount, useFactory: () => new ServiceAccount(account) },
        { provide: KeycloakDirectory, inject: [ServiceAccount], useFactory: (serviceAccount: ServiceAccount) => new KeycloakDirectory(account, serviceAccount) },
        TermijnService,
        TermijnScheduler,
        { provide: TERMIJN_SETTINGS, useValue: loadTermijnSettings(env) },
      ],
    };
  }
}
