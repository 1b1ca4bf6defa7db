import { Module } from '@nestjs/common';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { MonitoringplanController } from './monitoringplan.controller';
import { Monitoringplan, MonitoringplanEvaluatie } from './monitoringplan.entity';
import { MonitoringplanService } from './monitoringplan.service';

/** Monitoring plans of agreements and pilots, and their evaluation on the evaluation date. */
@Module({
  imports: [GebiedModule, IndicatorModule],
  controllers: [MonitoringplanController],
  providers: [MonitoringplanService],
})
export class MonitoringplanModule {
  static readonly entities = [Monitoringplan, MonitoringplanEvaluatie];
}
