import { Module } from '@nestjs/common';
import { VoorkeurModule } from '../voorkeur/voorkeur.module';
import { BundelService } from './bundel.service';
import { DagoverzichtScheduler } from './dagoverzicht.scheduler';
import { DagoverzichtService } from './dagoverzicht.service';
import { EmailMelding } from './email-melding.entity';
import { EmailService } from './email.service';
import { EmailVerzender } from './email.verzender';
import { UitgaandeEmail } from './uitgaande-email.entity';

/** The mail outbox, its sender, the daily digest and the bundles of a busy hour; the inbox plans e-mails through EmailService. */
@Module({
  imports: [VoorkeurModule],
  providers: [EmailService, EmailVerzender, DagoverzichtService, DagoverzichtScheduler, BundelService],
  exports: [EmailService],
})
export class EmailModule {
  static readonly entities = [EmailMelding, UitgaandeEmail];
}
