import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { SignaalModule } from '../signaal/signaal.module';
import { TermijnModule } from '../termijn/termijn.module';
import { ConsensusController } from './consensus.controller';
import { ConsensusService } from './consensus.service';
import { Consensusantwoord } from './consensusantwoord.entity';
import { Consensusronde } from './consensusronde.entity';
import { OrganisatieController } from './organisatie.controller';
import { OrganisatieRegister } from './organisatie-register';

/** Consensus rounds on a signal and the answers of the named parties. */
@Module({
  imports: [SignaalModule, DossierModule, TermijnModule],
  controllers: [ConsensusController, OrganisatieController],
  providers: [ConsensusService, OrganisatieRegister],
  exports: [ConsensusService],
})
export class ConsensusModule {
  static readonly entities = [Consensusronde, Consensusantwoord];
}
