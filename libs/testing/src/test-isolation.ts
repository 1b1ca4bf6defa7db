import { randomBytes } from 'node:crypto';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/koers_test';

/** Names that belong to one test file only, so parallel runs never see each other's data or events. */
export class TestIsolation {
  readonly id = randomBytes(4).toString('hex');
  readonly exchange = `koers.test.${this.id}`;
  readonly queuePrefix = `koers-test.${this.id}`;

  schemaFor(service: string): string {
    return `test_${this.id}_${service}`;
  }
}

/** Refuses to touch a database that is not a test database: e2e tests drop schemas. */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.endsWith('_test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must end in _test`);
  }
}
