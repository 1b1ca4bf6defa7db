import { betrokkenen, Kijker, magAliasZien, magBijeenkomstZien } from './zichtbaarheid.rules';

describe('who sees a guest’s alias', () => {
  const aan = ['sub-weert', 'sub-horizon'];
  it.each<[string, Kijker, boolean]>([
    ['a participant', { subject: 'sub-horizon', rollen: ['aanbieder'], organisatie: 'zorggroep-horizon' }, true],
    ['a jurist of the region', { subject: 'sub-jurist', rollen: ['jurist'] }, true],
    ['the beheerder of the region', { subject: 'sub-beheerder', rollen: ['beheerder'] }, true],
    ['the client organisation that brought the guest', { subject: 'sub-client', rollen: ['clientvertegenwoordiger'], organisatie: 'clientenraad-mlw' }, true],
    ['a client representative of another organisation', { subject: 'sub-ander', rollen: ['clientvertegenwoordiger'], organisatie: 'jongerenraad' }, false],
    ['a gemeente user not at the table', { subject: 'sub-leudal', rollen: ['gemeente'] }, false],
    ['a provider not at the table', { subject: 'sub-kompas', rollen: ['aanbieder'], organisatie: 'jeugdhulp-kompas' }, false],
  ])('%s: %s', (_wie, kijker, verwacht) => {
    expect(magAliasZien(kijker, aan, 'clientenraad-mlw')).toBe(verwacht);
  });
});

describe('who sees what happens at a meeting (place, link, agenda, answers, concept minutes)', () => {
  const deelnemers = [
    { sub: 'sub-weert', rol: 'gemeente', toegevoegdDoorSub: 'sub-weert' },
    { sub: 'sub-horizon', rol: 'aanbieder', toegevoegdDoorSub: 'sub-weert' },
    { sub: null, rol: 'gast', toegevoegdDoorSub: 'sub-client' },
  ];
  it('counts the users at the table and whoever brought a guest, once each', () => {
    expect(betrokkenen([...deelnemers, { sub: null, rol: 'gast', toegevoegdDoorSub: 'sub-client' }])).toEqual(['sub-weert', 'sub-horizon', 'sub-client']);
  });
  it.each<[string, Kijker, boolean]>([
    ['a participant', { subject: 'sub-horizon', rollen: ['aanbieder'], organisatie: 'zorggroep-horizon' }, true],
    ['the client representative who brought a guest', { subject: 'sub-client', rollen: ['clientvertegenwoordiger'], organisatie: 'clientenraad-mlw' }, true],
    ['a jurist of the region', { subject: 'sub-jurist', rollen: ['jurist'] }, true],
    ['the beheerder of the region', { subject: 'sub-beheerder', rollen: ['beheerder'] }, true],
    ['another client representative of the same organisation, not at the table', { subject: 'sub-client-2', rollen: ['clientvertegenwoordiger'], organisatie: 'clientenraad-mlw' }, false],
    ['a gemeente user not at the table', { subject: 'sub-leudal', rollen: ['gemeente'] }, false],
    ['a provider not at the table', { subject: 'sub-kompas', rollen: ['aanbieder'], organisatie: 'jeugdhulp-kompas' }, false],
  ])('%s: %s', (_wie, kijker, verwacht) => {
    expect(magBijeenkomstZien(kijker, betrokkenen(deelnemers))).toBe(verwacht);
  });
});
