import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateCompose } from './validate-compose';

const COMPOSE = readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8');

/** docker-compose.yml with its anchors resolved, changed by `edit` and written out again. */
function changed(edit: (file: { services: Record<string, Record<string, unknown>> }) => void): string {
  const file = parse(COMPOSE, { merge: true });
  edit(file);
  return stringify(file, { aliasDuplicateObjects: false });
}

const rulesOf = (text: string) => validateCompose(text).map((finding) => `${finding.rule} ${finding.where}`);

describe('the docker-compose.yml validator', () => {
  it('finds the project’s docker-compose.yml valid', () => {
    expect(validateCompose(COMPOSE)).toEqual([]);
  });

  it('finds it valid with its anchors written out, as the cases below change it', () => {
    expect(validateCompose(changed(() => undefined))).toEqual([]);
  });

  it.each([
    ['a misspelt key', (f) => { f.services.postgres.healthckeck = f.services.postgres.healthcheck; }, 'compose-spec services.postgres'],
    ['a misspelt key in a healthcheck', (f) => { (f.services.rabbitmq.healthcheck as Record<string, unknown>).intervall = '5s'; }, 'compose-spec services.rabbitmq.healthcheck'],
    ['an unknown depends_on condition', (f) => { (f.services.tafels.depends_on as Record<string, { condition: string }>).rabbitmq.condition = 'service_ready'; }, 'compose-spec services.tafels.depends_on.rabbitmq.condition'],
    ['a duration Compose cannot read', (f) => { (f.services.mailpit.healthcheck as Record<string, unknown>).interval = 'ten seconds'; }, 'compose-spec services.mailpit.healthcheck.interval'],
    ['a service without image or build', (f) => { delete f.services.mailpit.image; }, 'image services.mailpit'],
    ['an image on :latest', (f) => { f.services.mailpit.image = 'axllent/mailpit:latest'; }, 'pinned-image services.mailpit.image'],
    ['an untagged image', (f) => { f.services.postgres.image = 'postgres'; }, 'pinned-image services.postgres.image'],
    ['a long-running service without healthcheck', (f) => { delete f.services.mailpit.healthcheck; }, 'healthcheck services.mailpit'],
    ['a dependency in the short form', (f) => { f.services.keycloak.depends_on = ['postgres']; }, 'depends-on-condition services.keycloak.depends_on'],
    ['a dependency on a service that is only started', (f) => { (f.services.tafels.depends_on as Record<string, { condition: string }>).rabbitmq.condition = 'service_started'; }, 'depends-on-condition services.tafels.depends_on.rabbitmq'],
    ['a migration step waited for as healthy', (f) => { (f.services.pilots.depends_on as Record<string, { condition: string }>)['migrate-pilots'].condition = 'service_healthy'; }, 'depends-on-condition services.pilots.depends_on.migrate-pilots'],
    ['a service that does not wait for its migration', (f) => { delete (f.services.consent.depends_on as Record<string, unknown>)['migrate-consent']; }, 'migration-step services.consent.depends_on'],
    ['a service without a migration step', (f) => { delete f.services['migrate-tafels']; delete (f.services.tafels.depends_on as Record<string, unknown>)['migrate-tafels']; }, 'migration-step services.tafels'],
    ['a service that migrates on start', (f) => { (f.services.monitoring.environment as Record<string, string>).DATABASE_MIGRATE_ON_START = 'true'; }, 'migration-step services.monitoring.environment'],
    ['a dependency on a service that does not exist', (f) => { (f.services.tafels.depends_on as Record<string, unknown>).redis = { condition: 'service_healthy' }; }, 'depends-on-condition services.tafels.depends_on.redis'],
  ] as Array<[string, (file: { services: Record<string, Record<string, unknown>> }) => void, string]>)('refuses %s', (_, edit, finding) => {
    expect(rulesOf(changed(edit))).toContain(finding);
  });

  it.each([
    ['no portal', (f) => { delete f.services.portaal; }, 'portal-proxy services.portaal'],
    ['a portal without its API proxy', (f) => { f.services.portaal.volumes = []; }, 'portal-proxy services.portaal.volumes'],
    ['a portal whose proxy file is not there', (f) => { f.services.portaal.volumes = ['./deploy/portaal/bestaat-niet.conf:/etc/nginx/koers.d/api.conf:ro']; }, 'portal-proxy services.portaal.volumes'],
  ] as Array<[string, (file: { services: Record<string, Record<string, unknown>> }) => void, string]>)('refuses %s', (_, edit, finding) => {
    expect(rulesOf(changed(edit))).toContain(finding);
  });

  it('refuses a proxy file that leaves a service or the OIDC calls out, naming each', () => {
    const echt = readFileSync(join(__dirname, '..', '..', 'deploy', 'portaal', 'compose-api.conf'), 'utf8');
    const zonder = echt.replace(/location \/api\/tafels\/[^\n]*\n/, '').replace(/location \/oidc\/ \{[^}]*\}/, '');
    const meldingen = validateCompose(COMPOSE, () => zonder).map((f) => f.message);
    expect(meldingen).toEqual([
      './deploy/portaal/compose-api.conf does not forward /api/tafels/ to http://tafels:3000/',
      "./deploy/portaal/compose-api.conf does not forward /oidc/ to Keycloak's openid-connect endpoints",
    ]);
  });

  it('refuses a file that is not YAML', () => {
    expect(rulesOf('services: [unclosed')).toEqual(['yaml (file)']);
  });
});
