import { Module } from '@nestjs/common';
import { AfspraakModule } from '../afspraak/afspraak.module';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { OpvolgingModule } from '../opvolging/opvolging.module';
import { SignalenClient } from './signalen.client';
import { TafelController } from './tafel.controller';
import { Tafel } from './tafel.entity';
import { TafelService } from './tafel.service';

/** The koerstafel and its life cycle; its participants through DeelnemerModule, its agreements through AfspraakModule. */
@Module({
  imports: [DeelnemerModule, AfspraakModule, OpvolgingModule],
  controllers: [TafelController],
  providers: [TafelService, SignalenClient],
  exports: [TafelService],
})
export class TafelModule {
  static readonly entities = [Tafel];
}
