import { pendingSchemaChanges } from '@koers/persistence';
import { startTestService } from '@koers/service-testing';
import { TestIsolation } from '@koers/testing';
import { SERVICES } from '../generated/services';

describe('the entities of each service', () => {
  const isolation = new TestIsolation();

  it.each(SERVICES.map((definition) => [definition.service, definition] as const))(
    '%s: a migration generated after all migrations ran would be empty',
    async (_service, definition) => {
      const running = await startTestService(definition, isolation);
      try {
        expect(await pendingSchemaChanges(running.dataSource)).toEqual([]);
      } finally {
        await running.stop();
      }
    },
  );
});
