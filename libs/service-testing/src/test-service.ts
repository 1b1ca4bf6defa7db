import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp, ServiceDefinition } from '@koers/bootstrap';
import { KoersSettings, loadKoersSettings } from '@koers/config';
import { DATA_SOURCE } from '@koers/persistence';
import { assertTestDatabase, dropSchema, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

export interface TestService {
  app: INestApplication;
  settings: KoersSettings;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  stop(): Promise<void>;
}

/**
 * Boots a real service (real PostgreSQL, RabbitMQ and Keycloak) in its own schema, exchange and
 * queues. Services started with the same isolation talk to each other over the bus.
 */
export async function startTestService(
  definition: ServiceDefinition,
  isolation: TestIsolation,
  env: Record<string, string> = {},
): Promise<TestService> {
  assertTestDatabase(TEST_DATABASE_URL);
  const serviceEnv = { ...process.env, ...isolation.envFor(definition.service), ...env };
  const settings = loadKoersSettings(definition.service, definition.defaultPort, serviceEnv);
  isolation.claim(definition.service);
  const app = await createServiceApp(definition, settings, serviceEnv);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    settings,
    dataSource: app.get<DataSource>(DATA_SOURCE),
    http: () => request(server),
    async stop() {
      await app.close();
      await Promise.all([dropSchema(settings.database.schema), isolation.release(definition.service)]);
    },
  };
}
