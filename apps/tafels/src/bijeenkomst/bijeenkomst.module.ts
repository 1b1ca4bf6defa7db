import { Module } from '@nestjs/common';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { TafelModule } from '../tafel/tafel.module';
import { BijeenkomstController } from './bijeenkomst.controller';
import { Aanwezigheid, Bijeenkomst } from './bijeenkomst.entity';
import { BijeenkomstService } from './bijeenkomst.service';

/** The meetings of a table and the answers to their invitations; planning one may be a step of the table. */
@Module({
  imports: [TafelModule, DeelnemerModule],
  controllers: [BijeenkomstController],
  providers: [BijeenkomstService],
  exports: [BijeenkomstService],
})
export class BijeenkomstModule {
  static readonly entities = [Bijeenkomst, Aanwezigheid];
}
