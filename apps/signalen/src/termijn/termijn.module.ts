import { Module } from '@nestjs/common';
import { TermijnController } from './termijn.controller';
import { Termijn, TermijnInstelling } from './termijn.entity';
import { TermijnService } from './termijn.service';

/** Deadlines in working days per region, and the watch that reports the passed ones. */
@Module({
  controllers: [TermijnController],
  providers: [TermijnService],
  exports: [TermijnService],
})
export class TermijnModule {
  static readonly entities = [Termijn, TermijnInstelling];
}
