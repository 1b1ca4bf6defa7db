import { Module } from '@nestjs/common';
import { AbonnementController } from './abonnement.controller';
import { Abonnement } from './abonnement.entity';
import { AbonnementMetrics } from './abonnement.metrics';
import { AbonnementService } from './abonnement.service';

/** Webhook subscriptions of organisations, with their signing secrets. */
@Module({
  controllers: [AbonnementController],
  providers: [AbonnementService, AbonnementMetrics],
  exports: [AbonnementService],
})
export class AbonnementModule {
  static readonly entities = [Abonnement];
}
