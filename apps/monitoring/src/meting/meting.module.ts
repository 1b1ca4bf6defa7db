import { Module } from '@nestjs/common';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { MetingIntakeService } from './meting-intake.service';
import { MetingController } from './meting.controller';
import { Meting, MetingHistorie } from './meting.entity';
import { MetingHandlers } from './meting.handlers';
import { MetingService } from './meting.service';

/** Measurements and their intake over the API (JSON, CSV) and the bus. */
@Module({
  imports: [GebiedModule, IndicatorModule],
  controllers: [MetingController],
  providers: [MetingIntakeService, MetingService, MetingHandlers],
})
export class MetingModule {
  static readonly entities = [Meting, MetingHistorie];
}
