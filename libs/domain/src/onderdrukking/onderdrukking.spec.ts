import { nlGetal } from './getal';
import { afgeleid, BUITENSTAANDER, getal, isOnderdrukt, isVerborgen, ONDERDRUKKINGSGRENS, toon, zichtbareWaarde } from './onderdrukking';

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

describe('a figure and what may be shown of it', () => {
  const klein = { gemeente: 'GM1640', teller: 3 };
  const groot = { gemeente: 'GM1640', teller: 40 };

  it('shows a small figure as "< 5" and carries no value outside its gemeente', () => {
    expect(toon(getal(6.5, klein, { gemeente: 'GM0946' }))).toBe('< 5');
    expect(zichtbareWaarde(getal(6.5, klein, { gemeente: 'GM0946' }))).toBeNull();
    expect(toon(getal(6.5, klein, { gemeente: 'GM1640' }))).toBe('6,5');
    expect(zichtbareWaarde(getal(6.5, groot, BUITENSTAANDER))).toBe(6.5);
  });

  it('writes for nobody’s own gemeente when a figure leaves it (events, texts, e-mail)', () => {
    expect(isOnderdrukt(klein, BUITENSTAANDER)).toBe(true);
    expect(isOnderdrukt(groot, BUITENSTAANDER)).toBe(false);
  });

  it('suppresses a figure derived from a suppressed one, so it cannot be computed back', () => {
    const zichtbaar = getal(2, groot, BUITENSTAANDER);
    const verborgen = getal(6, klein, BUITENSTAANDER);
    expect(afgeleid(4, zichtbaar, verborgen)).toMatchObject({ waarde: 4, onderdrukt: true });
    expect(afgeleid(4, zichtbaar, zichtbaar)).toMatchObject({ waarde: 4, onderdrukt: false });
    expect(toon(afgeleid(4, zichtbaar, verborgen))).toBe('niet te tonen (kleine aantallen)');
    expect(toon(afgeleid(4, zichtbaar, zichtbaar))).toBe('4');
  });

  it('judges a stored figure that kept only whether it rests on a small teller by the same rule', () => {
    expect(isVerborgen({ gemeente: 'GM1640', klein: true }, { gemeente: 'GM0946' })).toBe(true);
    expect(isVerborgen({ gemeente: 'GM1640', klein: true }, { gemeente: 'GM1640' })).toBe(false);
    expect(isVerborgen({ gemeente: null, klein: true }, { gemeente: 'GM1640' })).toBe(true);
    expect(isVerborgen({ gemeente: 'GM1640', klein: false }, BUITENSTAANDER)).toBe(false);
  });

  it('formats the Dutch way and never shows "-0"', () => {
    expect(nlGetal(1234.5678)).toBe('1.234,57');
    expect(nlGetal(-0.001)).toBe('0');
  });
});
