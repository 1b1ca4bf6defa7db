import { Module } from '@nestjs/common';
import { MonitoringStandClient } from './monitoring-stand.client';
import { OpvolgingService } from './opvolging.service';

/** The follow-up of agreements: progress, deadlines and monitoring's figures in the table's detail. */
@Module({
  providers: [OpvolgingService, MonitoringStandClient],
  exports: [OpvolgingService],
})
export class OpvolgingModule {}
