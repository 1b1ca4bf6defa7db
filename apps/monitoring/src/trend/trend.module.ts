import { Module } from '@nestjs/common';
import { IndicatorModule } from '../indicator/indicator.module';
import { TrendDetectieService } from './trend-detectie.service';
import { TrendDetectieWorker } from './trend-detectie.worker';

/** Trend detection: queued series judged against their course, deviations raised as events. */
@Module({
  imports: [IndicatorModule],
  providers: [TrendDetectieService, TrendDetectieWorker],
  exports: [TrendDetectieService],
})
export class TrendModule {}
