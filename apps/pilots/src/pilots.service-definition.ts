import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const pilots: ServiceDefinition = {
  service: 'pilots',
  defaultPort: 3003,
  openApi: {
    title: 'Koers Pilots API',
    description: 'Pilots onder strikte voorwaarden: betrokkenheid, normen, opt-in, rechtsbescherming en toetsing (domain.md §4).',
    version: '0.1.0',
  },
  module: (settings) => AppModule.register(settings),
};
