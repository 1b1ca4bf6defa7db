import { Module } from '@nestjs/common';
import { DuidingModule } from '../duiding/duiding.module';
import { GebiedModule } from '../gebied/gebied.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { KoersdoelModule } from '../koersdoel/koersdoel.module';
import { ReeksController } from './reeks.controller';
import { ReeksService } from './reeks.service';

/** Series and comparisons: measurements read with their course and interpretations; stores nothing itself. */
@Module({
  imports: [GebiedModule, IndicatorModule, KoersdoelModule, DuidingModule],
  controllers: [ReeksController],
  providers: [ReeksService],
})
export class ReeksModule {}
