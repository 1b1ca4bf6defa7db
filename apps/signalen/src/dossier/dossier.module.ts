import { Module } from '@nestjs/common';
import { SignaalModule } from '../signaal/signaal.module';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';
import { Dossierstuk } from './dossierstuk.entity';
import { MonitoringClient } from './monitoring.client';

/** The evidence of a signal in preparation, objective data read from monitoring. */
@Module({
  imports: [SignaalModule],
  controllers: [DossierController],
  providers: [DossierService, MonitoringClient],
  exports: [DossierService],
})
export class DossierModule {
  static readonly entities = [Dossierstuk];
}
