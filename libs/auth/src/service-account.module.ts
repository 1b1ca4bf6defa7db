import { DynamicModule, Module } from '@nestjs/common';
import { KeycloakDirectory } from './keycloak-directory';
import { ServiceAccount, ServiceAccountOptions } from './service-account';

/**
 * The service's own identity for calls it makes: one service account whose token the Keycloak
 * directory and every client of another service share. Global, because each aggregate module
 * that calls out needs the same account, never one of its own.
 */
@Module({})
export class ServiceAccountModule {
  static forRoot(account: ServiceAccountOptions): DynamicModule {
    return {
      module: ServiceAccountModule,
      global: true,
      providers: [
        { provide: ServiceAccount, useFactory: () => new ServiceAccount(account) },
        { provide: KeycloakDirectory, inject: [ServiceAccount], useFactory: (shared: ServiceAccount) => new KeycloakDirectory(account, shared) },
      ],
      exports: [ServiceAccount, KeycloakDirectory],
    };
  }
}
