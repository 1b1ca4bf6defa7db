import { Module } from '@nestjs/common';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { TrendModule } from '../trend/trend.module';
import { KoersdoelController } from './koersdoel.controller';
import { Koersdoel, KoersdoelHistorie } from './koersdoel.entity';
import { KoersdoelService } from './koersdoel.service';
import { KoersdoelLeveringController } from './levering/koersdoel-levering.controller';
import { KoersdoelLeveringService } from './levering/koersdoel-levering.service';

/** Course targets from the koersdocument, per region, gemeente and indicator; one at a time or a whole file. */
@Module({
  imports: [GebiedModule, IndicatorModule, TrendModule],
  controllers: [KoersdoelController, KoersdoelLeveringController],
  providers: [KoersdoelService, KoersdoelLeveringService],
  exports: [KoersdoelService],
})
export class KoersdoelModule {
  static readonly entities = [Koersdoel, KoersdoelHistorie];
}
