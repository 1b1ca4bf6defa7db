import { Module } from '@nestjs/common';
import { IndicatorModule } from '../indicator/indicator.module';
import { AfspraakOnderwerp } from './afspraak-onderwerp.entity';
import { AfspraakHandlers } from './afspraak.handlers';
import { AfspraakService } from './afspraak.service';

/** The agreements of koerstafels as subjects of monitoring plans, fed by tafels' events. */
@Module({
  imports: [IndicatorModule],
  providers: [AfspraakService, AfspraakHandlers],
  exports: [AfspraakService],
})
export class AfspraakModule {
  static readonly entities = [AfspraakOnderwerp];
}
