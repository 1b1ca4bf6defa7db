import { Module } from '@nestjs/common';
import { RegisterController } from './register.controller';
import { RegisterService } from './register.service';

/** The region register as a whole (gemeenten and indicators), for the services that keep a copy. */
@Module({
  controllers: [RegisterController],
  providers: [RegisterService],
})
export class RegisterModule {}
