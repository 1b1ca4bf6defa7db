import { buitenDoel, waaromNietVaststellen } from './koersdoel.rules';

describe('who may set a course target', () => {
  it.each([
    ['beheerder, region-wide', { gemeente: null }, { rollen: ['beheerder'] as const }, true],
    ['beheerder, any gemeente of the region', { gemeente: 'GM0988' }, { rollen: ['beheerder'] as const }, true],
    ['gemeente user, own gemeente', { gemeente: 'GM0988' }, { rollen: ['gemeente'] as const, gemeente: 'GM0988' }, true],
    ['gemeente user, other gemeente', { gemeente: 'GM1640' }, { rollen: ['gemeente'] as const, gemeente: 'GM0988' }, false],
    ['gemeente user, region-wide', { gemeente: null }, { rollen: ['gemeente'] as const, gemeente: 'GM0988' }, false],
    ['gemeente user without gemeente claim', { gemeente: 'GM0988' }, { rollen: ['gemeente'] as const }, false],
    ['aanbieder', { gemeente: 'GM0988' }, { rollen: ['aanbieder'] as const }, false],
    ['jurist', { gemeente: null }, { rollen: ['jurist'] as const }, false],
  ])('%s → allowed: %s', (_case, doel, wie, toegestaan) => {
    const reden = waaromNietVaststellen(doel, wie);
    expect(reden === undefined).toBe(toegestaan);
    if (!toegestaan) expect(reden).toMatch(/\w/);
  });
});

describe('wrong side of the target', () => {
  it.each([
    [2.1, { doelwaarde: 2, richting: 'maximaal' as const }, true],
    [2, { doelwaarde: 2, richting: 'maximaal' as const }, false],
    [1.9, { doelwaarde: 2, richting: 'maximaal' as const }, false],
    [69, { doelwaarde: 70, richting: 'minimaal' as const }, true],
    [70, { doelwaarde: 70, richting: 'minimaal' as const }, false],
  ])('%s against %o → %s', (waarde, doel, verwacht) => {
    expect(buitenDoel(waarde, doel)).toBe(verwacht);
  });
});
