export * from './eventually';
export * from './keycloak-admin';
export * from './keycloak-tokens';
export * from './service-process';
export * from './test-isolation';
export * from './lint-tekst';
export * from './module-graph';
export * from './commit-gate';
