import { Module } from '@nestjs/common';
import { ConsensusModule } from '../consensus/consensus.module';
import { DossierModule } from '../dossier/dossier.module';
import { TermijnModule } from '../termijn/termijn.module';
import { SignaalDetailController } from './signaal-detail.controller';
import { SignaalDetailService } from './signaal-detail.service';

/**
 * The whole record of a signal, read across its aggregates. It sits above them, so that none of
 * them has to know the others to answer GET /v1/signalen/{id}.
 */
@Module({
  imports: [DossierModule, ConsensusModule, TermijnModule],
  controllers: [SignaalDetailController],
  providers: [SignaalDetailService],
})
export class SignaalDetailModule {}
