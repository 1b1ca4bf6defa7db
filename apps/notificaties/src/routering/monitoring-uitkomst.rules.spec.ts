import { createCloudEvent, MONITORINGPLAN_GEEVALUEERD_V1, MonitoringOordeel, MonitoringplanGeevalueerdV1 } from '@koers/contracts';
import { oordeelInWoorden } from './monitoring-uitkomst.rules';
import { ROUTERING } from './routering.rules';

const PLAN = '3a0c8d2e-5f1b-4c7a-9e2d-1b0a9c8d7e60';

function geevalueerd(oordeel: MonitoringOordeel, extra: Partial<MonitoringplanGeevalueerdV1> = {}) {
  const data: MonitoringplanGeevalueerdV1 = {
    monitoringplanId: PLAN,
    regio: 'midden-limburg-west',
    onderwerp: { soort: 'afspraak', id: '0f5a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b' },
    oordeel,
    toelichting: 'Effect bereikt voor jeugdhulp-met-verblijf in GM0988.',
    indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', oordeel, doelwaarde: 1.4, richting: 'maximaal', gemeenten: [{ gemeente: 'GM0988' }, { gemeente: 'GM1640' }] }],
    geevalueerdOp: '2026-11-23T10:00:00.000Z',
    titel: 'Minder verblijf door ambulante hulp',
    gemeenten: ['GM0988', 'GM1640'],
    ...extra,
  };
  return ROUTERING[MONITORINGPLAN_GEEVALUEERD_V1](createCloudEvent({ type: MONITORINGPLAN_GEEVALUEERD_V1, source: 'urn:test', regio: data.regio, data }) as never);
}

describe('routering: monitoringplan geëvalueerd', () => {
  it('goes to the gemeente users of every gemeente of the plan, in category monitoring', () => {
    const r = geevalueerd('effect_bereikt');
    expect(r.categorie).toBe('monitoring');
    expect(r.ontvangers).toEqual([{ rol: 'gemeente', gemeente: 'GM0988' }, { rol: 'gemeente', gemeente: 'GM1640' }]);
  });

  it('finds the gemeenten in the figures of an older event that does not list them', () => {
    expect(geevalueerd('niet_bereikt', { gemeenten: undefined }).ontvangers).toEqual([{ rol: 'gemeente', gemeente: 'GM0988' }, { rol: 'gemeente', gemeente: 'GM1640' }]);
  });

  it.each([
    ['effect_bereikt', 'heeft gewerkt: het doel is gehaald'],
    ['niet_bereikt', 'nog niet heeft gewerkt zoals bedoeld'],
    ['onvoldoende_data', 'nog te weinig cijfers'],
  ] as const)('says the verdict %s in words, without codes, and links to the plan', (oordeel, woorden) => {
    const { bericht } = geevalueerd(oordeel);
    expect(bericht.titel).toBe('Uitkomst van de monitoring: Minder verblijf door ambulante hulp');
    expect(bericht.tekst).toContain(woorden);
    expect(bericht.tekst).not.toMatch(/GM\d{4}|jeugdhulp-met-verblijf|effect_bereikt|niet_bereikt|onvoldoende_data/);
    expect(bericht).toMatchObject({ link: `/monitoring/plannen/${PLAN}`, actie: 'Bekijk de uitkomst' });
  });

  it('with too few figures, says the agreement stays followed and that Koers shows which figures are missing, to deliver them', () => {
    const { bericht } = geevalueerd('onvoldoende_data');
    expect(bericht.tekst).toContain('Zolang blijft Koers de afspraak volgen. In Koers ziet u welke cijfers nog ontbreken: welke gemeente, over welke periode. Lever die aan');
    expect(geevalueerd('niet_bereikt').bericht.tekst).not.toContain('ontbreken');
  });

  it('speaks of the pilot when the plan is about a pilot', () => {
    expect(oordeelInWoorden('effect_bereikt', 'pilot')).toContain('de pilot heeft gewerkt');
  });
});
