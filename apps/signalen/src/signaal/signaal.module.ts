import { Module } from '@nestjs/common';
import { TermijnModule } from '../termijn/termijn.module';
import { CorrectieController } from './correctie.controller';
import { Correctie } from './correctie.entity';
import { CorrectieService } from './correctie.service';
import { SignaalController } from './signaal.controller';
import { Signaal } from './signaal.entity';
import { SignaalHandlers } from './signaal.handlers';
import { SignaalService } from './signaal.service';
import { SignaalStapService } from './signaal-stap.service';
import { StatuswijzigingController } from './statuswijziging.controller';
import { Statuswijziging } from './statuswijziging.entity';
import { StatuswijzigingService } from './statuswijziging.service';
import { TafelGestartService } from './tafel-gestart.service';

/** The signal, its life cycle and its corrections; dossier and consensus take their steps through SignaalStapService. */
@Module({
  imports: [TermijnModule],
  controllers: [SignaalController, StatuswijzigingController, CorrectieController],
  providers: [SignaalService, SignaalStapService, StatuswijzigingService, TafelGestartService, SignaalHandlers, CorrectieService],
  exports: [SignaalStapService, CorrectieService],
})
export class SignaalModule {
  static readonly entities = [Signaal, Statuswijziging, Correctie];
}
