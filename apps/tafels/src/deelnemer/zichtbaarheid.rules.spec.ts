import { Kijker, magAliasZien } from './zichtbaarheid.rules';

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
