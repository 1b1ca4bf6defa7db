import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const tafels: ServiceDefinition = {
  service: 'tafels',
  defaultPort: 3002,
  openApi: {
    title: 'Koers Tafels API',
    description: 'De koerstafel: probleemstelling, deelnemers, bijeenkomsten en afspraken (domain.md §3).',
    version: '0.1.0',
  },
  module: (settings, env) => AppModule.register(settings, env),
};
