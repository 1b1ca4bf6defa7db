import { NietBevoegd, OngeldigeInvoer, Statusconflict } from '@koers/domain';
import { Actor, AFSPRAAK_LEVENSLOOP, AfspraakToestand } from '../afspraak/afspraak.rules';
import { aanbieding, AanTeBiedenAfspraak, OVERNAME_LEVENSLOOP, OVERNAME_OVERGANGEN, OvernameFeiten, OvernameOordeel, OvernameStatus, OvernameToestand } from './overname.rules';

const leudal: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'], gemeente: 'GM1640' };
const nederweert: Actor = { soort: 'persoon', subject: 'sub-nederweert', rollen: ['gemeente'], gemeente: 'GM0946' };
const weert: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'], gemeente: 'GM0988' };
const aanbiederLeudal: Actor = { soort: 'persoon', subject: 'sub-horizon', rollen: ['aanbieder'], organisatie: 'zorggroep-horizon', gemeente: 'GM1640' };
const systeem: Actor = { soort: 'systeem' };

describe('overname rules: the life cycle of an offer to take a successful agreement over', () => {
  const aanbod = (status: OvernameStatus): OvernameToestand => ({ status, gemeente: 'GM1640' });

  type Scenario = [string, OvernameToestand, OvernameStatus, Actor, OvernameFeiten, OvernameOordeel['uitkomst']];
  const scenarios: Scenario[] = [
    ['the offered gemeente takes it over with its own deadline', aanbod('open'), 'overgenomen', leudal, { deadline: '2028-06-30' }, 'toegestaan'],
    ['the offered gemeente declines with a reason', aanbod('open'), 'afgeslagen', leudal, { reden: 'Leudal heeft al een eigen overbruggingsaanbod.' }, 'toegestaan'],
    ['taking over needs a deadline', aanbod('open'), 'overgenomen', leudal, {}, 'onvolledig'],
    ['declining needs a reason (blank is none)', aanbod('open'), 'afgeslagen', leudal, { reden: '   ' }, 'onvolledig'],
    ['another gemeente may not answer for it', aanbod('open'), 'overgenomen', nederweert, { deadline: '2028-06-30' }, 'niet_bevoegd'],
    ['the succeeding gemeente may not answer for it', aanbod('open'), 'afgeslagen', weert, { reden: 'x' }, 'niet_bevoegd'],
    ['a provider of that gemeente may not answer', aanbod('open'), 'overgenomen', aanbiederLeudal, { deadline: '2028-06-30' }, 'niet_bevoegd'],
    ['Koers itself does not answer', aanbod('open'), 'overgenomen', systeem, { deadline: '2028-06-30' }, 'niet_bevoegd'],
    ['answering twice: taken over is taken over', aanbod('overgenomen'), 'afgeslagen', leudal, { reden: 'toch niet' }, 'geweigerd'],
    ['answering twice: declined stays declined', aanbod('afgeslagen'), 'overgenomen', leudal, { deadline: '2028-06-30' }, 'geweigerd'],
    ['an offer is not reopened', aanbod('afgeslagen'), 'open', leudal, {}, 'geweigerd'],
  ];

  it.each(scenarios)('%s', (_naam, toestand, naar, actor, feiten, uitkomst) => {
    expect(OVERNAME_LEVENSLOOP.beoordeel(toestand, naar, 'antwoord', actor, feiten).uitkomst).toBe(uitkomst);
  });

  it('has steps only out of open: one answer per gemeente per offer', () => {
    expect(new Set(OVERNAME_OVERGANGEN.map((s) => s.van))).toEqual(new Set(['open']));
    expect(OVERNAME_LEVENSLOOP.volgendeStappen('overgenomen')).toEqual([]);
    expect(OVERNAME_LEVENSLOOP.volgendeStappen('afgeslagen')).toEqual([]);
  });

  it('refuses a second answer with a 409 that names the current state', () => {
    expect(() => OVERNAME_LEVENSLOOP.toegestaneStap(aanbod('overgenomen'), 'afgeslagen', 'antwoord', leudal, { reden: 'x' })).toThrow(Statusconflict);
    try {
      OVERNAME_LEVENSLOOP.toegestaneStap(aanbod('overgenomen'), 'afgeslagen', 'antwoord', leudal, { reden: 'x' });
    } catch (fout) {
      expect((fout as Statusconflict).huidigeStatus).toBe('overgenomen');
      expect((fout as Statusconflict).reden).toContain("'overgenomen' is een eindstatus");
    }
  });

  it('refuses another gemeente with a 403 saying who may, and a missing reason with a 400 naming the field', () => {
    expect(() => OVERNAME_LEVENSLOOP.toegestaneStap(aanbod('open'), 'overgenomen', 'antwoord', nederweert, { deadline: '2028-06-30' })).toThrow(NietBevoegd);
    expect(OVERNAME_LEVENSLOOP.beoordeel(aanbod('open'), 'overgenomen', 'antwoord', nederweert, {})).toMatchObject({ reden: expect.stringContaining('de gemeente die het aanbod kreeg') });
    expect(() => OVERNAME_LEVENSLOOP.toegestaneStap(aanbod('open'), 'afgeslagen', 'antwoord', leudal, {})).toThrow(OngeldigeInvoer);
    expect(OVERNAME_LEVENSLOOP.beoordeel(aanbod('open'), 'afgeslagen', 'antwoord', leudal, {})).toMatchObject({ velden: [{ naam: 'reden', code: 'verplicht' }] });
  });
});

describe('overname rules: to whom a successful agreement is offered', () => {
  const REGIO = ['GM0946', 'GM0988', 'GM1640'];
  const afspraak = (extra: Partial<AanTeBiedenAfspraak> = {}): AanTeBiedenAfspraak => ({ status: 'vastgelegd', gemeenten: ['GM0988'], voorDeHeleRegio: false, overgenomenVanId: null, ...extra });

  it('offers an agreement for one gemeente to every other gemeente of the region', () => {
    expect(aanbieding(afspraak(), REGIO)).toEqual({ aanbieden: true, aan: ['GM0946', 'GM1640'] });
    expect(aanbieding(afspraak({ status: 'uitgevoerd' }), REGIO)).toEqual({ aanbieden: true, aan: ['GM0946', 'GM1640'] });
  });

  it('does not offer an agreement for the whole region, one that was itself taken over, or one that no longer counts', () => {
    expect(aanbieding(afspraak({ voorDeHeleRegio: true, gemeenten: REGIO }), REGIO)).toEqual({ aanbieden: false, waarom: 'voor_de_hele_regio' });
    expect(aanbieding(afspraak({ overgenomenVanId: '0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00', gemeenten: ['GM1640'] }), REGIO)).toEqual({ aanbieden: false, waarom: 'zelf_overgenomen' });
    for (const status of ['concept', 'vervangen', 'ingetrokken', 'gestopt'] as const) {
      expect(aanbieding(afspraak({ status }), REGIO)).toEqual({ aanbieden: false, waarom: 'niet_lopend' });
    }
  });

  it('offers nothing in a region of one gemeente', () => {
    expect(aanbieding(afspraak(), ['GM0988'])).toEqual({ aanbieden: false, waarom: 'geen_andere_gemeenten' });
  });
});

describe('afspraak rules: a taken-over agreement has its own path to vastgelegd', () => {
  const overgenomen = (extra: Partial<AfspraakToestand> = {}): AfspraakToestand => ({
    status: 'concept',
    eigenaar: 'zorggroep-horizon',
    behandelaarSub: 'sub-weert',
    overgenomenVanId: '0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00',
    gemeenten: ['GM1640'],
    ...extra,
  });
  const klaar = { monitoringplan: true, akkoord: true };

  it('is recorded by a gemeente user of the adopting gemeente once it has a plan and akkoord', () => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen(), 'vastgelegd', 'vastlegging', leudal, klaar).uitkomst).toBe('toegestaan');
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen(), 'vastgelegd', 'vastlegging', leudal, { monitoringplan: true })).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'concept',
      ontbreekt: ['een akkoord van een jurist'],
    });
  });

  it('is not recorded by the table’s behandelaar, another gemeente or a provider', () => {
    for (const actor of [weert, nederweert, aanbiederLeudal]) {
      expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen(), 'vastgelegd', 'vastlegging', actor, klaar).uitkomst).toBe('niet_bevoegd');
    }
  });

  it('cannot be dropped by the behandelaar, while an agreement of the table still can', () => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen(), 'ingetrokken', 'intrekking', weert, {}).uitkomst).toBe('niet_bevoegd');
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen({ overgenomenVanId: null }), 'ingetrokken', 'intrekking', weert, {}).uitkomst).toBe('toegestaan');
  });

  it('leaves the adopting gemeente no say over the table’s own agreements', () => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(overgenomen({ overgenomenVanId: null, gemeenten: ['GM1640'] }), 'vastgelegd', 'vastlegging', leudal, klaar).uitkomst).toBe('niet_bevoegd');
  });
});
