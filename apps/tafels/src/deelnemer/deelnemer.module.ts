import { Module } from '@nestjs/common';
import { DeelnemerController } from './deelnemer.controller';
import { Deelnemer } from './deelnemer.entity';
import { DeelnemerService } from './deelnemer.service';
import { GebruikersRegister } from './gebruikers-register';

/** The participants of a table; the table module adds the behandelaar and counts the client side through DeelnemerService. */
@Module({
  controllers: [DeelnemerController],
  providers: [DeelnemerService, GebruikersRegister],
  exports: [DeelnemerService],
})
export class DeelnemerModule {
  static readonly entities = [Deelnemer];
}
