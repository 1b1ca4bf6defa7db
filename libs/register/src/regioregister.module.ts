import { DynamicModule, Global, Module } from '@nestjs/common';
import { RegisterProjectie } from './register-projectie';
import { RegisterProjectie1764000000090 } from './register-tabellen.migration';
import { RegisterBron, REGISTER_BRON, RegisterVuller } from './register-vuller';
import { Regioregister } from './regioregister';

/** Add to the service's migrations: the tables of the copy. */
export const REGISTER_MIGRATIONS = [RegisterProjectie1764000000090];

/** Reading the copy, for every aggregate module of the service. */
@Global()
@Module({ providers: [Regioregister], exports: [Regioregister] })
class RegioregisterLezenModule {}

/**
 * The service's copy of monitoring's region register: kept up by the events, filled at start, read
 * through `Regioregister` anywhere in the service. Import once, in the app module. Not global itself:
 * Nest starts global modules first, and the read at start must come after the bus started (so an
 * event published meanwhile is queued, not lost). Needs `ServiceAccountModule` (a client with realm
 * role `systeem` that monitoring's `GET /v1/register` admits).
 */
@Module({})
export class RegioregisterModule {
  static forRoot(bron: RegisterBron): DynamicModule {
    return {
      module: RegioregisterModule,
      imports: [RegioregisterLezenModule],
      providers: [{ provide: REGISTER_BRON, useValue: bron }, RegisterProjectie, RegisterVuller],
    };
  }
}
