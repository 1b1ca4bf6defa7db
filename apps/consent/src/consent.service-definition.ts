import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const consent: ServiceDefinition = {
  service: 'consent',
  defaultPort: 3004,
  openApi: {
    title: 'Koers Toestemming API',
    description: 'Toestemming: opt-in, aantoonbaar en intrekbaar, per deelnemer, pilot en reikwijdte (domain.md §5).',
    version: '0.1.0',
  },
  module: (settings) => AppModule.register(settings),
};
