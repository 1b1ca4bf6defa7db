export * from './bootstrap-service';
export * from './health.controller';
export * from './koers-service.module';
export * from './metrics.controller';
export * from './service-description';
export * from './service-settings.module';
export * from './migrate-command';
export * from './shutdown';
