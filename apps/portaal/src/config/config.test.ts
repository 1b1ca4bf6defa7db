import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { laadConfig, organisatieNaam, PortaalConfig } from './config';

const ROOT = join(__dirname, '..', '..', '..', '..');

const config: PortaalConfig = {
  naam: 'Koers',
  logo: '/logo-koers.svg',
  keycloak: { url: 'http://127.0.0.1:8180', realm: 'koers', clientId: 'koers-portaal' },
  toegankelijkheid: { email: 'toegankelijkheid@koers.example', onderzochtOp: '2026-12-01' },
  regios: { 'midden-limburg-west': { naam: 'Midden-Limburg West' } },
  gemeenten: { GM0988: 'Weert' },
  organisaties: { 'zorggroep-horizon': 'Zorggroep Horizon', 'clientenraad-mlw': 'Cliëntenraad Midden-Limburg West' },
};

describe('an organisation by its name', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the name config.json gives the code', () => {
    expect(organisatieNaam(config, 'zorggroep-horizon')).toBe('Zorggroep Horizon');
    expect(organisatieNaam(config, 'clientenraad-mlw')).toBe('Cliëntenraad Midden-Limburg West');
  });

  it('names a gemeente, whose organisation is its CBS code, by the gemeente’s name', () => {
    expect(organisatieNaam(config, 'GM0988')).toBe('Weert');
  });

  it('keeps the code of an organisation config.json does not name', () => {
    expect(organisatieNaam(config, 'jeugdhulp-onbekend')).toBe('jeugdhulp-onbekend');
    expect(organisatieNaam(config, 'GM9999')).toBe('GM9999');
  });

  it('reads a config.json from before the organisations’ names, and names them by their code', async () => {
    const ouder = JSON.stringify({ ...config, organisaties: undefined });
    expect(ouder).not.toContain('organisaties');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(ouder)));
    const geladen = await laadConfig();
    expect(geladen.organisaties).toEqual({});
    expect(organisatieNaam(geladen, 'zorggroep-horizon')).toBe('zorggroep-horizon');
  });

  it('names in public/config.json every region and gemeente monitoring is seeded with', () => {
    // Read as text: the seed belongs to monitoring, which the portal does not import.
    const seed = readFileSync(join(ROOT, 'apps', 'monitoring', 'src', 'gebied', 'gebied.seed.ts'), 'utf8');
    const regios = [...seed.matchAll(/code: '([a-z-]+)',\s*naam: '([^']+)'/g)].map(([, code, naam]) => [code, naam]);
    const gemeenten = [...seed.matchAll(/(GM\d{4}): '([^']+)'/g)].map(([, code, naam]) => [code, naam]);
    const publiek = JSON.parse(readFileSync(join(ROOT, 'apps', 'portaal', 'public', 'config.json'), 'utf8')) as PortaalConfig;
    expect(regios.length).toBeGreaterThanOrEqual(5);
    expect(gemeenten.length).toBeGreaterThanOrEqual(20);
    expect(regios.filter(([code, naam]) => publiek.regios[code]?.naam !== naam)).toEqual([]);
    expect(gemeenten.filter(([code, naam]) => publiek.gemeenten[code] !== naam)).toEqual([]);
  });

  it('names in public/config.json every organisation of the Keycloak realms', () => {
    const codes = ['koers-realm.json', 'elders-realm.json'].flatMap((realm) => {
      const { users = [] } = JSON.parse(readFileSync(join(ROOT, 'deploy', 'keycloak', realm), 'utf8')) as { users?: Array<{ attributes?: { organisatie?: string[] } }> };
      return users.flatMap((u) => u.attributes?.organisatie ?? []);
    });
    const publiek = JSON.parse(readFileSync(join(ROOT, 'apps', 'portaal', 'public', 'config.json'), 'utf8')) as PortaalConfig;
    expect(codes.length).toBeGreaterThan(0);
    expect([...new Set(codes)].filter((code) => !publiek.organisaties[code])).toEqual([]);
  });
});
