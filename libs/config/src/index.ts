export * from './settings';
export * from './koers-settings';
