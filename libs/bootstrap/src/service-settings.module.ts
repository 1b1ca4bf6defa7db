import { DynamicModule, Module, ValueProvider } from '@nestjs/common';

/**
 * A service's own settings, read and validated once by its app module and injectable in every one
 * of its aggregate modules, which stay static so that several of them can import the same one.
 */
@Module({})
export class ServiceSettingsModule {
  static forRoot(settings: ValueProvider[]): DynamicModule {
    return { module: ServiceSettingsModule, global: true, providers: settings, exports: settings.map((setting) => setting.provide) };
  }
}
