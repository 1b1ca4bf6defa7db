import { DynamicModule, Module } from '@nestjs/common';
import { RegisterProjectie } from './register-projectie';
import { RegisterProjectie1764000000090 } from './register-tabellen.migration';
import { RegisterBron, REGISTER_BRON, RegisterVuller } from './register-vuller';
import { Regioregister } from './regioregister';

/** Add to the service's migrations: the tables of the copy. */
export const REGISTER_MIGRATIONS = [RegisterProjectie1764000000090];

/**
 * The service's copy of monitoring's region register, kept up and read through `Regioregister`.
 * Global and once per service, like its identity: one copy, one set of handlers, one read at start,
 * whichever aggregates read it. Needs `ServiceAccountModule` (a client with realm role `systeem`
 * that monitoring's `GET /v1/register` admits).
 */
@Module({})
export class RegioregisterModule {
  static forRoot(bron: RegisterBron): DynamicModule {
    return {
      module: RegioregisterModule,
      global: true,
      providers: [{ provide: REGISTER_BRON, useValue: bron }, RegisterProjectie, RegisterVuller, Regioregister],
      exports: [Regioregister],
    };
  }
}
