import { Module } from '@nestjs/common';
import { VoorkeurController } from './voorkeur.controller';
import { EmailVoorkeur } from './voorkeur.entity';
import { VoorkeurService } from './voorkeur.service';

/** Each user's e-mail choice per category. */
@Module({
  controllers: [VoorkeurController],
  providers: [VoorkeurService],
  exports: [VoorkeurService],
})
export class VoorkeurModule {
  static readonly entities = [EmailVoorkeur];
}
