import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureServiceApp, createServiceApp, ServiceDefinition, serviceAppOptions } from '@koers/bootstrap';
import { KLOK, Klok } from '@koers/due-work';
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
export interface TestServiceOptions {
  /** The clock the service's due work and use cases read (KLOK), so a test moves time instead of rows. */
  klok?: Klok;
}

export async function startTestService(
  definition: ServiceDefinition,
  isolation: TestIsolation,
  env: Record<string, string> = {},
  { klok }: TestServiceOptions = {},
): Promise<TestService> {
  assertTestDatabase(TEST_DATABASE_URL);
  const serviceEnv = { ...process.env, ...isolation.envFor(definition.service), ...env };
  const settings = loadKoersSettings(definition.service, definition.defaultPort, serviceEnv);
  isolation.claim(definition.service);
  const app = klok ? await metKlok(definition, settings, serviceEnv, klok) : await createServiceApp(definition, settings, serviceEnv);
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

/** The service as createServiceApp makes it, with the clock replaced. */
async function metKlok(definition: ServiceDefinition, settings: KoersSettings, env: Record<string, string | undefined>, klok: Klok): Promise<INestApplication> {
  const module = await Test.createTestingModule({ imports: [definition.module(settings, env)] })
    .overrideProvider(KLOK)
    .useValue(klok)
    .compile();
  return configureServiceApp(module.createNestApplication(serviceAppOptions(settings)), definition, settings);
}
