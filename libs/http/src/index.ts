export * from './conventions';
export * from './logger';
export * from './metrics';
export * from './openapi';
export * from './problem';
export * from './problem.filter';
export * from './validation';
export * from './pagination';
