import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { InboxModule } from '../inbox/inbox.module';
import { TafelDeelnemersHandlers } from './tafel-deelnemers.handlers';
import { TafelsClient } from './tafels.client';
import { UitnodigingHandlers } from './uitnodiging.handlers';

/** Invitations to a table's meetings, and facts about the table for its people, read from tafels under notificaties' own identity. */
@Module({
  imports: [InboxModule, EmailModule],
  providers: [TafelsClient, UitnodigingHandlers, TafelDeelnemersHandlers],
})
export class UitnodigingModule {}
