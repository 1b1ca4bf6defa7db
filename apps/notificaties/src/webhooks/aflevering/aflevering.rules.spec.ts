import { beoordeel, opnieuwBezwaar, volgendeStap } from './aflevering.rules';

const uitkomst = (statuscode: number | null, extra: { adresGeweigerd?: boolean } = {}) => ({ statuscode, fout: null, duurMs: 5, ...extra });

describe('aflevering rules', () => {
  it.each([
    [200, 'gelukt'], [204, 'gelukt'], [299, 'gelukt'],
    [500, 'herhaalbaar'], [502, 'herhaalbaar'], [503, 'herhaalbaar'], [429, 'herhaalbaar'], [408, 'herhaalbaar'],
    [410, 'opgeheven'],
    [301, 'definitief'], [400, 'definitief'], [401, 'definitief'], [404, 'definitief'],
  ] as const)('judges an answer %s as %s', (status, oordeel) => {
    expect(beoordeel(uitkomst(status))).toBe(oordeel);
  });

  it('retries timeouts and connection errors, but not a refused address', () => {
    expect(beoordeel(uitkomst(null))).toBe('herhaalbaar');
    expect(beoordeel(uitkomst(null, { adresGeweigerd: true }))).toBe('definitief');
  });

  const schema = [1000, 10_000, 100_000];
  const nu = new Date('2026-01-01T00:00:00Z');

  it('waits the scheduled time for each retry, with ±20% jitter', () => {
    for (const [poging, wacht] of [[1, 1000], [2, 10_000], [3, 100_000]]) {
      const laag = volgendeStap('herhaalbaar', poging, schema, nu, () => 0);
      const hoog = volgendeStap('herhaalbaar', poging, schema, nu, () => 1);
      expect(laag).toEqual({ status: 'wachtend', volgendePoging: new Date(nu.getTime() + wacht * 0.8) });
      expect(hoog).toEqual({ status: 'wachtend', volgendePoging: new Date(nu.getTime() + wacht * 1.2) });
    }
  });

  it('is dead (mislukt) after the last try of the schedule, or at once when retrying cannot help', () => {
    expect(volgendeStap('herhaalbaar', 4, schema, nu)).toEqual({ status: 'mislukt' });
    expect(volgendeStap('definitief', 1, schema, nu)).toEqual({ status: 'mislukt' });
    expect(volgendeStap('opgeheven', 1, schema, nu)).toEqual({ status: 'mislukt' });
    expect(volgendeStap('gelukt', 3, schema, nu)).toEqual({ status: 'bezorgd' });
  });

  it('re-delivers only what is no longer on its way', () => {
    expect(opnieuwBezwaar('wachtend')).toContain('nog bezorgd');
    expect(opnieuwBezwaar('mislukt')).toBeNull();
    expect(opnieuwBezwaar('bezorgd')).toBeNull();
  });
});
