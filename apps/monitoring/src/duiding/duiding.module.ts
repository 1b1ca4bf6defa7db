import { Module } from '@nestjs/common';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { DuidingController } from './duiding.controller';
import { Duiding } from './duiding.entity';
import { DuidingService } from './duiding.service';

/** Interpretations that gemeenten and providers attach to a series or a period. */
@Module({
  imports: [GebiedModule, IndicatorModule],
  controllers: [DuidingController],
  providers: [DuidingService],
  exports: [DuidingService],
})
export class DuidingModule {
  static readonly entities = [Duiding];
}
