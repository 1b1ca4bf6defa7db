import { Module } from '@nestjs/common';
import { IndicatorController, RegioIndicatorController } from './indicator.controller';
import { Indicator } from './indicator.entity';
import { IndicatorService } from './indicator.service';

/** The indicator catalogue of a region. */
@Module({
  controllers: [IndicatorController, RegioIndicatorController],
  providers: [IndicatorService],
  exports: [IndicatorService],
})
export class IndicatorModule {
  static readonly entities = [Indicator];
}
