import { isOnderdrukt, ONDERDRUKKINGSGRENS } from './reeks.rules';

describe('suppression of small numbers (teller < 5)', () => {
  it.each([
    ['teller 4, viewer of another gemeente', { gemeente: 'GM0988', teller: 4 }, { gemeente: 'GM1640' }, true],
    ['teller 0, viewer without gemeente (provider)', { gemeente: 'GM0988', teller: 0 }, {}, true],
    ['teller 4, viewer of the same gemeente', { gemeente: 'GM0988', teller: 4 }, { gemeente: 'GM0988' }, false],
    ['teller exactly at the threshold', { gemeente: 'GM0988', teller: ONDERDRUKKINGSGRENS }, {}, false],
    ['no teller given', { gemeente: 'GM0988', teller: null }, {}, false],
    ['regional figure with teller 3, even for a gemeente user', { gemeente: null, teller: 3 }, { gemeente: 'GM0988' }, true],
    ['regional figure with teller 12', { gemeente: null, teller: 12 }, {}, false],
  ])('%s → suppressed: %s', (_case, meting, kijker, verwacht) => {
    expect(isOnderdrukt(meting, kijker)).toBe(verwacht);
  });
});
