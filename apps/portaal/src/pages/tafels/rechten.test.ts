import { describe, expect, it } from 'vitest';
import type { Gebruiker } from '../../auth/gebruiker';
import { isBehandelaar, isEigenaar, magToetsen, mijnPlaatsen } from './rechten';
import { vastleggenKanNiet } from './tafel';

const persoon = (extra: Partial<Gebruiker>): Gebruiker => ({ sub: 's-1', naam: 'x', rollen: [], regios: ['midden-limburg-west'], ...extra });
const deelnemers = [
  { id: 'd-1', rol: 'gemeente' as const, sub: 's-weert', toegevoegdOp: '' },
  { id: 'd-2', rol: 'clientvertegenwoordiger' as const, sub: 's-client', organisatie: 'clientenraad-mlw', toegevoegdOp: '' },
  { id: 'd-3', rol: 'gast' as const, alias: 'Ouder A', organisatie: 'clientenraad-mlw', toegevoegdOp: '' },
];

describe('which actions a screen offers (hints; tafels decides)', () => {
  it('offers the gemeente actions to a gemeente user of the behandelaar\'s gemeente only', () => {
    const tafel = { behandelaarGemeente: 'GM0988', gemeenten: ['GM0988', 'GM1640'], deelnemers, status: 'voorbereiding' as const };
    expect(isBehandelaar(persoon({ rollen: ['gemeente'], gemeente: 'GM0988' }), tafel)).toBe(true);
    expect(isBehandelaar(persoon({ rollen: ['gemeente'], gemeente: 'GM1640' }), tafel)).toBe(false);
    expect(isBehandelaar(persoon({ rollen: ['aanbieder'], gemeente: 'GM0988' }), tafel)).toBe(false);
  });

  it('lets a client representative answer for themselves and for the guests their organisation brought', () => {
    const client = persoon({ sub: 's-client', rollen: ['clientvertegenwoordiger'], organisatie: 'clientenraad-mlw' });
    expect(mijnPlaatsen(client, deelnemers).map((d) => d.id)).toEqual(['d-2', 'd-3']);
    expect(mijnPlaatsen(persoon({ sub: 's-weert', rollen: ['gemeente'] }), deelnemers).map((d) => d.id)).toEqual(['d-1']);
    expect(mijnPlaatsen(persoon({ rollen: ['clientvertegenwoordiger'], organisatie: 'andere-raad' }), deelnemers)).toEqual([]);
  });

  it('offers progress to the owner\'s organisation and the check to a jurist of another one, on a concept only', () => {
    const afspraak = { eigenaar: 'zorggroep-horizon', status: 'concept' as const };
    expect(isEigenaar(persoon({ rollen: ['aanbieder'], organisatie: 'zorggroep-horizon' }), afspraak)).toBe(true);
    expect(magToetsen(persoon({ rollen: ['jurist'], organisatie: 'gemeente-weert' }), afspraak)).toBe(true);
    expect(magToetsen(persoon({ rollen: ['jurist'], organisatie: 'zorggroep-horizon' }), afspraak)).toBe(false);
    expect(magToetsen(persoon({ rollen: ['jurist'] }), { ...afspraak, status: 'vastgelegd' })).toBe(false);
  });

  it('says why recording cannot succeed yet: no akkoord, then no plan', () => {
    expect(vastleggenKanNiet([])).toBe('Er is geen voorstel om vast te leggen.');
    expect(vastleggenKanNiet([{ status: 'concept', toetsing: 'open' }, { status: 'concept', toetsing: 'akkoord' }])).toBe('Eén afspraak heeft nog geen akkoord van een jurist.');
    expect(vastleggenKanNiet([{ status: 'concept', toetsing: 'akkoord' }])).toBe('Eén afspraak heeft nog geen monitoringplan.');
    expect(vastleggenKanNiet([{ status: 'concept', toetsing: 'akkoord', monitoringplanId: 'p' }])).toBeUndefined();
  });
});
