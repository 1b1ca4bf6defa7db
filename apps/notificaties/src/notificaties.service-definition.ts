import { ServiceDefinition } from '@koers/bootstrap';
import { AppModule } from './app.module';

export const notificaties: ServiceDefinition = {
  service: 'notificaties',
  defaultPort: 3006,
  openApi: {
    title: 'Koers Notificaties API',
    description: 'De inbox van elke gebruiker, e-mail en webhooks voor systemen van aanbieders en gemeenten (domain.md §7).',
    version: '0.1.0',
  },
  module: (settings, env) => AppModule.register(settings, env),
};
