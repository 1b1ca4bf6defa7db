import { DynamicModule, Module } from '@nestjs/common';
import { KoersServiceModule } from '@koers/bootstrap';
import { KoersSettings } from '@koers/config';

/** The bounded context is still to be built; the service already owns its schema, bus and API. */
@Module({})
export class AppModule {
  static register(settings: KoersSettings): DynamicModule {
    return { module: AppModule, imports: [KoersServiceModule.forRoot({ settings, entities: [], migrations: [] })] };
  }
}
