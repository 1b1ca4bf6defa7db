import { Module } from '@nestjs/common';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { TafelModule } from '../tafel/tafel.module';
import { AfrondingController, LeerervaringController } from './afronding.controller';
import { AfrondingHandlers } from './afronding.handlers';
import { AfrondingService } from './afronding.service';
import { Leerervaring, TafelAfwijking } from './leerervaring.entity';

/** Closing a table with its lessons, the region's search through them, and the deviations that joined a running table. */
@Module({
  imports: [TafelModule, DeelnemerModule],
  controllers: [AfrondingController, LeerervaringController],
  providers: [AfrondingService, AfrondingHandlers],
})
export class AfrondingModule {
  static readonly entities = [Leerervaring, TafelAfwijking];
}
