import { DynamicModule, Module } from '@nestjs/common';
import { KoersServiceModule } from '@koers/bootstrap';
import { KoersSettings } from '@koers/config';
import { GebiedController } from './gebied/gebied.controller';
import { Gemeente, Regio } from './gebied/gebied.entity';
import { GebiedService } from './gebied/gebied.service';
import { IndicatorController } from './indicator/indicator.controller';
import { Indicator } from './indicator/indicator.entity';
import { IndicatorService } from './indicator/indicator.service';
import { MetingIntakeService } from './meting/meting-intake.service';
import { MetingController } from './meting/meting.controller';
import { Meting, MetingHistorie } from './meting/meting.entity';
import { MetingHandlers } from './meting/meting.handlers';
import { MetingService } from './meting/meting.service';
import { MonitoringBasis1764000000001 } from './migrations/1764000000001-monitoring-basis';
import { MonitoringSeed1764000000002 } from './migrations/1764000000002-monitoring-seed';
import { MonitoringKoersdoel1764000000003 } from './migrations/1764000000003-monitoring-koersdoel';
import { MonitoringAfwijking1764000000004 } from './migrations/1764000000004-monitoring-afwijking';
import { MonitoringDuiding1764000000005 } from './migrations/1764000000005-monitoring-duiding';
import { MonitoringMonitoringplan1764000000006 } from './migrations/1764000000006-monitoring-monitoringplan';
import { MonitoringTrenddetectieWachtrij1764000000007 } from './migrations/1764000000007-monitoring-trenddetectie-wachtrij';
import { MonitoringplanController } from './monitoringplan/monitoringplan.controller';
import { Monitoringplan, MonitoringplanEvaluatie } from './monitoringplan/monitoringplan.entity';
import { MonitoringplanScheduler } from './monitoringplan/monitoringplan.scheduler';
import { MonitoringplanService } from './monitoringplan/monitoringplan.service';
import { DuidingController } from './duiding/duiding.controller';
import { Duiding } from './duiding/duiding.entity';
import { DuidingService } from './duiding/duiding.service';
import { TrendDetectieService } from './trend/trend-detectie.service';
import { TrendDetectieWorker } from './trend/trend-detectie.worker';
import { KoersdoelController } from './koersdoel/koersdoel.controller';
import { Koersdoel, KoersdoelHistorie } from './koersdoel/koersdoel.entity';
import { KoersdoelService } from './koersdoel/koersdoel.service';
import { loadMonitoringSettings, MONITORING_SETTINGS } from './monitoring.settings';
import { ReeksController } from './reeks/reeks.controller';
import { ReeksService } from './reeks/reeks.service';

@Module({})
export class AppModule {
  static register(settings: KoersSettings, env: Record<string, string | undefined>): DynamicModule {
    const monitoring = loadMonitoringSettings(env);
    return {
      module: AppModule,
      imports: [
        KoersServiceModule.forRoot({
          settings,
          entities: [Regio, Gemeente, Indicator, Meting, MetingHistorie, Koersdoel, KoersdoelHistorie, Duiding, Monitoringplan, MonitoringplanEvaluatie],
          migrations: [MonitoringBasis1764000000001, MonitoringSeed1764000000002, MonitoringKoersdoel1764000000003, MonitoringAfwijking1764000000004, MonitoringDuiding1764000000005, MonitoringMonitoringplan1764000000006, MonitoringTrenddetectieWachtrij1764000000007],
        }),
      ],
      controllers: [GebiedController, IndicatorController, MetingController, ReeksController, KoersdoelController, DuidingController, MonitoringplanController],
      providers: [
        { provide: MONITORING_SETTINGS, useValue: monitoring },
        DuidingService,
        GebiedService,
        IndicatorService,
        KoersdoelService,
        MetingIntakeService,
        MetingService,
        MonitoringplanScheduler,
        MonitoringplanService,
        MetingHandlers,
        ReeksService,
        TrendDetectieService,
        TrendDetectieWorker,
      ],
    };
  }
}
