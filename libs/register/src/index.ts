export * from './register-projectie';
export * from './register-tabellen.migration';
export * from './register-vuller';
export * from './regioregister';
export * from './regioregister.module';
