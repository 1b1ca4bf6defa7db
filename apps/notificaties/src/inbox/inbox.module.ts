import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { RouteringModule } from '../routering/routering.module';
import { InboxItem } from './inbox-item.entity';
import { InboxController } from './inbox.controller';
import { InboxHandlers } from './inbox.handlers';
import { InboxService } from './inbox.service';

/** The in-app inbox of every user (GET /v1/inbox), filled from the routing table. */
@Module({
  imports: [RouteringModule, EmailModule],
  controllers: [InboxController],
  providers: [InboxService, InboxHandlers],
  exports: [InboxService],
})
export class InboxModule {
  static readonly entities = [InboxItem];
}
