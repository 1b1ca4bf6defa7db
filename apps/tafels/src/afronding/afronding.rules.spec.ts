import type { Afspraak } from '../afspraak/afspraak.entity';
import { houdtAfrondingOp, isBeeindigd, standVoorAfronding } from './afronding.rules';

describe('afronding rules: which agreements must be done before a table closes', () => {
  const afspraak = (extra: Partial<Afspraak> & { overgenomenVanId?: string | null } = {}) =>
    ({ omschrijving: 'Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een gesprek.', status: 'vastgelegd', oordeel: null, ...extra }) as Afspraak & { overgenomenVanId?: string | null };

  it.each([
    ['effect_bereikt', 'vastgelegd', true],
    ['effect_bereikt', 'uitgevoerd', true],
    [null, 'gestopt', true],
    ['niet_bereikt', 'gestopt', true],
    [null, 'uitgevoerd', false],
    ['onvoldoende_data', 'vastgelegd', false],
    ['niet_bereikt', 'vastgelegd', false],
    [null, 'vastgelegd', false],
  ] as const)('verdict %s, status %s: done %s', (oordeel, status, verwacht) => {
    expect(isBeeindigd(afspraak({ oordeel, status }))).toBe(verwacht);
    expect(standVoorAfronding(afspraak({ oordeel, status })).afgerond).toBe(verwacht);
  });

  it('leaves replaced and dropped versions out', () => {
    expect(houdtAfrondingOp(afspraak({ status: 'vervangen' }))).toBe(false);
    expect(houdtAfrondingOp(afspraak({ status: 'ingetrokken' }))).toBe(false);
    expect(houdtAfrondingOp(afspraak({ status: 'vastgelegd' }))).toBe(true);
  });

  it('leaves an agreement another gemeente took over out: it is that gemeente’s own', () => {
    expect(houdtAfrondingOp(afspraak({ overgenomenVanId: '2f1c1b9e-3b7a-4c53-9a36-6f0f3c1d2e4a' }))).toBe(false);
    expect(houdtAfrondingOp(afspraak({ overgenomenVanId: null }))).toBe(true);
  });

  it('names an agreement by the start of its description', () => {
    expect(standVoorAfronding(afspraak()).titel).toBe('Zorggroep Horizon biedt elke jongere op de wachtlijst bin...');
  });
});
