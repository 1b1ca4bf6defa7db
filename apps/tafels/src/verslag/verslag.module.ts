import { Module } from '@nestjs/common';
import { AfspraakModule } from '../afspraak/afspraak.module';
import { BijeenkomstModule } from '../bijeenkomst/bijeenkomst.module';
import { DeelnemerModule } from '../deelnemer/deelnemer.module';
import { TafelModule } from '../tafel/tafel.module';
import { VerslagController } from './verslag.controller';
import { Opmerking, Verslag } from './verslag.entity';
import { VerslagService } from './verslag.service';

/** The minutes of a held meeting, the remarks on the concept and the PDF; recording them is the table's step `verslag`. */
@Module({
  imports: [BijeenkomstModule, TafelModule, DeelnemerModule, AfspraakModule],
  controllers: [VerslagController],
  providers: [VerslagService],
})
export class VerslagModule {
  static readonly entities = [Verslag, Opmerking];
}
