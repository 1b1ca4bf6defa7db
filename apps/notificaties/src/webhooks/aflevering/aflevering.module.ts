import { Module } from '@nestjs/common';
import { InboxModule } from '../../inbox/inbox.module';
import { AbonnementModule } from '../abonnement/abonnement.module';
import { AfleveringController } from './aflevering.controller';
import { Aflevering, Poging } from './aflevering.entity';
import { AfleveringHandlers } from './aflevering.handlers';
import { AfleveringService } from './aflevering.service';
import { AfleveringWorker } from './aflevering.worker';

/** Webhook deliveries: planned per event, sent in order per record, logged and re-deliverable. */
@Module({
  imports: [AbonnementModule, InboxModule],
  controllers: [AfleveringController],
  providers: [AfleveringService, AfleveringHandlers, AfleveringWorker],
})
export class AfleveringModule {
  static readonly entities = [Aflevering, Poging];
}
