export * from './cloud-event';
export * from './event-contract';
export * from './registry';
export * from './waarden';
export * from './events/signaal-ingediend.v1';
export * from './trace';
