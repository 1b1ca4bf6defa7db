import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OVERLAYS_DIR, render, REPO_ROOT } from './validate';

/* eslint-disable @typescript-eslint/no-explicit-any -- the realm is untyped JSON */
const importFile = parse(readFileSync(join(REPO_ROOT, 'deploy', 'keycloak', 'productie', 'realm-import.yaml'), 'utf8'));
const realm = importFile.spec.realm;
const devRealm = JSON.parse(readFileSync(join(REPO_ROOT, 'deploy', 'keycloak', 'koers-realm.json'), 'utf8'));
const SERVICE_CLIENTS = ['koers-notificaties', 'koers-signalen', 'koers-tafels', 'koers-pilots'];

describe('the production realm (deploy/keycloak/productie)', () => {
  it('is a KeycloakRealmImport of realm koers into the Keycloak of the overlays', () => {
    expect(importFile).toMatchObject({ apiVersion: 'k8s.keycloak.org/v2alpha1', kind: 'KeycloakRealmImport', spec: { keycloakCRName: 'koers-keycloak' } });
    expect(realm.realm).toBe('koers');
  });

  it('requires TLS for external requests, detects brute force, issues access tokens of at most 5 minutes, allows no self-registration', () => {
    expect(realm).toMatchObject({ sslRequired: 'external', bruteForceProtected: true, registrationAllowed: false });
    expect(realm.accessTokenLifespan).toBeLessThanOrEqual(300);
    expect(realm.failureFactor).toBeLessThanOrEqual(10);
  });

  it('has no demo users: only the service accounts of the Koers clients, without credentials', () => {
    for (const user of realm.users) {
      expect(SERVICE_CLIENTS).toContain(user.serviceAccountClientId);
      expect(user.credentials).toBeUndefined();
    }
  });

  it('has no test clients and no client that takes passwords directly', () => {
    expect(realm.clients.map((c: any) => c.clientId).sort()).toEqual(['koers-api', 'koers-portaal', ...SERVICE_CLIENTS].sort());
    for (const client of realm.clients) expect(client.directAccessGrantsEnabled).not.toBe(true);
  });

  it('takes every secret from a placeholder the import fills from a Secret, with no default value', () => {
    // ${role_…} are Keycloak's own message keys; environment placeholders are upper case.
    const used = JSON.stringify(realm).match(/\$\{[A-Z][^}]*\}/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const placeholder of used) {
      const name = placeholder.slice(2, -1);
      expect(name).toMatch(/^KOERS_[A-Z_]+$/); // no ":default"
      expect(importFile.spec.placeholders[name]).toEqual({ secret: { name: 'koers-keycloak-realm', key: name } });
    }
    for (const client of realm.clients.filter((c: any) => c.secret !== undefined)) expect(client.secret).toMatch(/^\$\{KOERS_[A-Z_]+_CLIENT_SECRET\}$/);
  });

  it('keeps the roles and the regio, gemeente and organisatie mappers of the development realm', () => {
    expect(realm.roles).toEqual(devRealm.roles);
    const mappers = realm.clientScopes.find((s: any) => s.name === 'koers').protocolMappers.map((m: any) => m.name);
    expect(mappers).toEqual(expect.arrayContaining(['regio', 'gemeente', 'organisatie', 'audience koers-api']));
  });

  it("gets the portal client's redirect URIs and origins from the overlay's configuration", () => {
    const objects = render(join(OVERLAYS_DIR, 'productie'));
    const rendered = objects.find((o) => o.kind === 'KeycloakRealmImport')?.spec.realm;
    const portaal = rendered.clients.find((c: any) => c.clientId === 'koers-portaal');
    expect(portaal.redirectUris).toEqual(['https://koers.example-regio.nl/*']);
    expect(portaal.webOrigins).toEqual(['https://koers.example-regio.nl']);
    expect(portaal.attributes['post.logout.redirect.uris']).toBe('https://koers.example-regio.nl/*');
    expect(objects.find((o) => o.kind === 'Keycloak')?.spec.hostname.hostname).toBe('https://sso.example-regio.nl');
  });
});
