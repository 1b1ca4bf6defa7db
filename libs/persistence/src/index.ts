export * from './data-source';
export * from './persistence.module';
export * from './tenant-scope';
export * from './numeric';
export * from './pg-client';
export * from './regio-sql';
export * from './schema-drift';
export * from './snake-naming.strategy';
