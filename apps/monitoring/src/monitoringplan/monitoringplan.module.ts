import { Module } from '@nestjs/common';
import { AfspraakModule } from '../afspraak/afspraak.module';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { MonitoringplanController } from './monitoringplan.controller';
import { Monitoringplan, MonitoringplanEvaluatie } from './monitoringplan.entity';
import { MonitoringplanHandlers } from './monitoringplan.handlers';
import { MonitoringplanService } from './monitoringplan.service';

/** Monitoring plans of agreements and pilots: made, confirmed when the agreement is recorded, evaluated on the evaluation date. */
@Module({
  imports: [AfspraakModule, GebiedModule, IndicatorModule],
  controllers: [MonitoringplanController],
  providers: [MonitoringplanService, MonitoringplanHandlers],
})
export class MonitoringplanModule {
  static readonly entities = [Monitoringplan, MonitoringplanEvaluatie];
}
