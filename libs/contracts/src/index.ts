export * from './cloud-event';
export * from './event-contract';
export * from './registry';
export * from './waarden';
export * from './events/afwijking-gedetecteerd.v1';
export * from './events/metingen-aangeleverd.v1';
export * from './events/signaal-ingediend.v1';
export * from './trace';
