import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { KoersAuthGuard } from './koers-auth.guard';
import { TokenVerifier, TokenVerifierOptions } from './token-verifier';

/** Makes every route of the app require a verified Keycloak token (see KoersAuthGuard). */
@Module({})
export class KeycloakAuthModule {
  static forRoot(options: TokenVerifierOptions): DynamicModule {
    const realm = decodeURIComponent(new URL(options.issuerUrl ?? options.realmUrl).pathname.split('/').filter(Boolean).pop() ?? '');
    return {
      module: KeycloakAuthModule,
      global: true,
      providers: [
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(options) },
        {
          provide: APP_GUARD,
          inject: [Reflector, TokenVerifier],
          useFactory: (reflector: Reflector, verifier: TokenVerifier) => new KoersAuthGuard(reflector, verifier, realm),
        },
      ],
      exports: [TokenVerifier],
    };
  }
}
