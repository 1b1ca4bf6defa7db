import { Module } from '@nestjs/common';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { OvernameController } from './overname.controller';
import { Overname } from './overname.entity';
import { OvernameService } from './overname.service';

/** Offers to take a successful agreement over, and the answers; EvaluatieService offers in its own transaction. */
@Module({
  imports: [DeelnemerModule],
  controllers: [OvernameController],
  providers: [OvernameService],
  exports: [OvernameService],
})
export class OvernameModule {
  static readonly entities = [Overname];
}
