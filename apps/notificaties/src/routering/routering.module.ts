import { Module } from '@nestjs/common';
import { OntvangersService } from './ontvangers.service';

/** Who must hear of an event: the routing table's recipients, looked up in Keycloak. */
@Module({
  providers: [OntvangersService],
  exports: [OntvangersService],
})
export class RouteringModule {}
