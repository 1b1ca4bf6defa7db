import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const monitoring: ServiceDefinition = {
  service: 'monitoring',
  defaultPort: 3005,
  openApi: {
    title: 'Koers Monitoring API',
    description: 'Indicatoren, metingen, koersdoelen, trenddetectie en monitoringplannen (domain.md §6).',
    version: '0.1.0',
  },
  module: (settings, env) => AppModule.register(settings, env),
};
