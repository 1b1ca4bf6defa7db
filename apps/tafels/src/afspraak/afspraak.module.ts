import { Module } from '@nestjs/common';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { OvernameModule } from '../overname/overname.module';
import { AfspraakController, AfsprakenController } from './afspraak.controller';
import { Afspraak, AfspraakToetsing } from './afspraak.entity';
import { AfspraakService } from './afspraak.service';
import { DeadlineBewaking } from './deadline.bewaking';
import { EvaluatieService } from './evaluatie.service';
import { MonitoringplanHandlers } from './monitoringplan.handlers';
import { VastleggingService } from './vastlegging.service';

/** The agreements of a table with their legal checks and plans; the table's detail lists them through AfspraakService. */
@Module({
  imports: [DeelnemerModule, OvernameModule],
  controllers: [AfspraakController, AfsprakenController],
  providers: [AfspraakService, VastleggingService, EvaluatieService, MonitoringplanHandlers, DeadlineBewaking],
  exports: [AfspraakService],
})
export class AfspraakModule {
  static readonly entities = [Afspraak, AfspraakToetsing];
}
