export * from './auth.problems';
export * from './decorators';
export * from './keycloak-auth.module';
export * from './keycloak-directory';
export * from './koers-auth.guard';
export * from './service-account';
export * from './tenant-context';
export * from './token-verifier';
