import { Module } from '@nestjs/common';
import { GebiedController } from './gebied.controller';
import { Gemeente, Regio } from './gebied.entity';
import { GebiedService } from './gebied.service';

/** The regions and their gemeenten, kept by the region's beheerder. */
@Module({
  controllers: [GebiedController],
  providers: [GebiedService],
  exports: [GebiedService],
})
export class GebiedModule {
  static readonly entities = [Regio, Gemeente];
}
