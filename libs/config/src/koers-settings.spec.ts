import { InvalidSettingError } from './settings';
import { loadKoersSettings } from './koers-settings';

describe('loadKoersSettings', () => {
  it('works on a developer machine with no settings at all', () => {
    const settings = loadKoersSettings('signalen', 3001, {});
    expect(settings).toMatchObject({
      port: 3001,
      database: { schema: 'signalen', migrateOnStart: true },
      broker: { exchange: 'koers.events', retryDelaysMs: [1000, 5000, 30000] },
      keycloak: { realmUrl: 'http://127.0.0.1:8180/realms/koers', clientId: 'koers-api' },
    });
    expect(settings.events.source).toMatch(/^urn:nld:oin:\d{20}:systeem:koers-signalen$/);
    expect(settings.shutdown.timeoutMs).toBe(25_000);
  });

  it('does not migrate on start in production unless told to', () => {
    expect(loadKoersSettings('signalen', 3001, { NODE_ENV: 'production' }).database.migrateOnStart).toBe(false);
    expect(loadKoersSettings('signalen', 3001, { NODE_ENV: 'production', DATABASE_MIGRATE_ON_START: 'true' }).database.migrateOnStart).toBe(true);
    expect(loadKoersSettings('signalen', 3001, { DATABASE_MIGRATE_ON_START: 'false' }).database.migrateOnStart).toBe(false);
  });

  it.each([
    ['PORT', 'abc', /PORT.*not a whole number/],
    ['PORT', '70000', /PORT.*above 65535/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL.*protocol mysql:/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL.*not a URL/],
    ['DATABASE_SCHEMA', 'Signalen; drop', /DATABASE_SCHEMA/],
    ['DATABASE_MIGRATE_ON_START', 'yes', /DATABASE_MIGRATE_ON_START.*not one of true, false/],
    ['AMQP_URL', 'http://localhost', /AMQP_URL.*protocol http:/],
    ['AMQP_RETRY_DELAYS_MS', '1000,soon', /AMQP_RETRY_DELAYS_MS/],
    ['KEYCLOAK_REALM_URL', '', /KEYCLOAK_REALM_URL.*required/],
    ['KOERS_SHUTDOWN_TIMEOUT_MS', '500', /KOERS_SHUTDOWN_TIMEOUT_MS.*below 1000/],
  ])('stops with a message naming %s when it is %j', (variable, value, message) => {
    const load = () => loadKoersSettings('signalen', 3001, { [variable]: value });
    expect(load).toThrow(InvalidSettingError);
    expect(load).toThrow(message);
  });
});
