import { KEYCLOAK_URL } from '@koers/testing';
import { KeycloakDirectory } from '../src';

describe('KeycloakDirectory against the real Keycloak', () => {
  const directory = new KeycloakDirectory({
    realmUrl: `${KEYCLOAK_URL}/realms/koers`,
    clientId: 'koers-notificaties',
    clientSecret: process.env.KOERS_NOTIFICATIES_CLIENT_SECRET ?? 'dev-only-notificaties-secret',
  });

  it('finds the gemeente users of one gemeente in a region, and nobody of another region', async () => {
    const weert = await directory.findUsers({ regio: 'midden-limburg-west', rol: 'gemeente', gemeente: 'GM0988' });
    expect(weert.map((u) => u.username)).toEqual(['gemeente.weert']);
    expect(weert[0]).toMatchObject({ gemeente: 'GM0988', regios: ['midden-limburg-west'] });

    const mlw = await directory.findUsers({ regio: 'midden-limburg-west', rol: 'gemeente' });
    expect(mlw.map((u) => u.username).sort()).toEqual(['gemeente.leudal', 'gemeente.nederweert', 'gemeente.weert']);

    const roermondInMlw = await directory.findUsers({ regio: 'midden-limburg-west', rol: 'gemeente', gemeente: 'GM0957' });
    expect(roermondInMlw).toEqual([]);
  });

  it('finds the people of a provider organisation in each region it works in, but not its system account', async () => {
    for (const regio of ['midden-limburg-west', 'midden-limburg-oost']) {
      const horizon = await directory.findUsers({ regio, rol: 'aanbieder', organisatie: 'zorggroep-horizon' });
      expect(horizon.map((u) => u.username)).toEqual(['aanbieder.horizon']);
    }
  });

  it('gives a user’s name as Keycloak has it', async () => {
    const [weert] = await directory.findUsers({ regio: 'midden-limburg-west', rol: 'gemeente', gemeente: 'GM0988' });
    expect(weert.naam).toBe('Annelies Janssen');
  });

  it('gives the organisations of a region once each, with the first of the asked roles through which they work there', async () => {
    expect(await directory.organisaties('midden-limburg-west', ['aanbieder', 'clientvertegenwoordiger', 'jurist'])).toEqual([
      { code: 'jeugdhulp-kompas', rol: 'aanbieder' },
      { code: 'zorggroep-horizon', rol: 'aanbieder' },
      { code: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
    ]);
    expect(await directory.organisaties('midden-limburg-west', ['jurist'])).toEqual([{ code: 'zorggroep-horizon', rol: 'jurist' }]);
  });

  it('lets tafels’s service account look up users too', async () => {
    const tafels = new KeycloakDirectory({
      realmUrl: `${KEYCLOAK_URL}/realms/koers`,
      clientId: 'koers-tafels',
      clientSecret: process.env.KOERS_TAFELS_CLIENT_SECRET ?? 'dev-only-tafels-secret',
    });
    const jurist = await tafels.findUsers({ regio: 'midden-limburg-west', rol: 'jurist' });
    expect(jurist.map((u) => u.username)).toContain('jurist.mlw');
  });

  it('fails clearly with a wrong secret', async () => {
    const wrong = new KeycloakDirectory({ realmUrl: `${KEYCLOAK_URL}/realms/koers`, clientId: 'koers-notificaties', clientSecret: 'fout' });
    await expect(wrong.findUsers({ regio: 'flevoland', rol: 'gemeente' })).rejects.toThrow(/refused \(401\)/);
  });
});
