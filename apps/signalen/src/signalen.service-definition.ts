import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const signalen: ServiceDefinition = {
  service: 'signalen',
  defaultPort: 3001,
  openApi: {
    title: 'Koers Signalen API',
    description: 'Signalen: trends die niet in lijn zijn met de koers, van indiening tot consensus (domain.md §2).',
    version: '0.1.0',
  },
  module: (settings, env) => AppModule.register(settings, env),
};
