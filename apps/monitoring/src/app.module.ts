import { DynamicModule, Module } from '@nestjs/common';
import { entitiesOf, KoersServiceModule, ServiceSettingsModule } from '@koers/bootstrap';
import { KoersSettings } from '@koers/config';
import { AfspraakModule } from './afspraak/afspraak.module';
import { DuidingModule } from './duiding/duiding.module';
import { GebiedModule } from './gebied/gebied.module';
import { IndicatorModule } from './indicator/indicator.module';
import { KoersdoelModule } from './koersdoel/koersdoel.module';
import { MetingModule } from './meting/meting.module';
import { MonitoringBasis1764000000001 } from './migrations/1764000000001-monitoring-basis';
import { MonitoringSeed1764000000002 } from './migrations/1764000000002-monitoring-seed';
import { MonitoringKoersdoel1764000000003 } from './migrations/1764000000003-monitoring-koersdoel';
import { MonitoringAfwijking1764000000004 } from './migrations/1764000000004-monitoring-afwijking';
import { MonitoringDuiding1764000000005 } from './migrations/1764000000005-monitoring-duiding';
import { MonitoringMonitoringplan1764000000006 } from './migrations/1764000000006-monitoring-monitoringplan';
import { MonitoringTrenddetectieWachtrij1764000000007 } from './migrations/1764000000007-monitoring-trenddetectie-wachtrij';
import { MonitoringIndicatorcodePerRegio1764000000120 } from './migrations/1764000000120-monitoring-indicatorcode-per-regio';
import { loadMonitoringSettings, MONITORING_SETTINGS } from './monitoring.settings';
import { MonitoringplanModule } from './monitoringplan/monitoringplan.module';
import { ReeksModule } from './reeks/reeks.module';
import { TrendModule } from './trend/trend.module';
import { MonitoringRegisterVersie1764000000030 } from './migrations/1764000000030-monitoring-register-versie';
import { RegisterModule } from './register/register.module';
import { MonitoringAfspraakOnderwerp1764000000130 } from './migrations/1764000000130-monitoring-afspraak-onderwerp';
import { MonitoringAfspraakIngetrokken1764000000140 } from './migrations/1764000000140-monitoring-afspraak-ingetrokken';
import { MonitoringDefinitiesB11764000000170 } from './migrations/1764000000170-monitoring-definities-b1';
import { MonitoringLijsten1764000000150 } from './migrations/1764000000150-monitoring-lijsten';

/** One module per aggregate. */
export const MODULES = [GebiedModule, IndicatorModule, AfspraakModule, MetingModule, ReeksModule, KoersdoelModule, TrendModule, MonitoringplanModule, DuidingModule, RegisterModule];

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({
          settings,
          entities: entitiesOf(MODULES),
          migrations: [MonitoringBasis1764000000001, MonitoringSeed1764000000002, MonitoringKoersdoel1764000000003, MonitoringAfwijking1764000000004, MonitoringDuiding1764000000005, MonitoringMonitoringplan1764000000006, MonitoringTrenddetectieWachtrij1764000000007, MonitoringRegisterVersie1764000000030, MonitoringIndicatorcodePerRegio1764000000120, MonitoringAfspraakOnderwerp1764000000130, MonitoringAfspraakIngetrokken1764000000140, MonitoringLijsten1764000000150, MonitoringDefinitiesB11764000000170],
        }),
        ServiceSettingsModule.forRoot([{ provide: MONITORING_SETTINGS, useValue: loadMonitoringSettings(env) }]),
        ...MODULES,
      ],
    };
  }
}
