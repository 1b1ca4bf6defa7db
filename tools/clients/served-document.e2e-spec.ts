import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestService } from '@koers/service-testing';
import { TestIsolation } from '@koers/testing';
import { CLIENTS_FOLDER, REPO_ROOT } from '../generated/generated-files';
import { SERVICES } from '../generated/services';

describe('the OpenAPI document a client is generated from', () => {
  const isolation = new TestIsolation();

  it.each(SERVICES.map((definition) => [definition.service, definition] as const))('is the one %s serves at /v1/openapi.json', async (service, definition) => {
    const running = await startTestService(definition, isolation);
    try {
      const served = await running.http().get('/v1/openapi.json').expect(200);
      const committed = JSON.parse(readFileSync(join(REPO_ROOT, CLIENTS_FOLDER, service, 'openapi.json'), 'utf8'));
      expect(served.body).toEqual(committed);
    } finally {
      await running.stop();
    }
  });
});
