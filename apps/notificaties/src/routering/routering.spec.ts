import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, createCloudEvent, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import { ROUTERING } from './routering';

function signaalIngediend(gemeenten: string[]) {
  const data: SignaalIngediendV1 = {
    signaalId: '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10',
    regio: 'midden-limburg-west',
    bron: 'partnerverzoek',
    titel: 'Wachttijd loopt op',
    gemeenten,
    indienerRol: 'aanbieder',
    ingediendOp: '2026-11-23T10:00:00.000Z',
  };
  return createCloudEvent({ type: SIGNAAL_INGEDIEND_V1, source: 'urn:test', regio: data.regio, data }) as never;
}

describe('routering: signaal ingediend', () => {
  it('goes to the gemeente users of every gemeente the signal is about', () => {
    const route = ROUTERING[SIGNAAL_INGEDIEND_V1](signaalIngediend(['GM0988', 'GM1640']));
    expect(route.ontvangers).toEqual([
      { rol: 'gemeente', gemeente: 'GM0988' },
      { rol: 'gemeente', gemeente: 'GM1640' },
    ]);
  });

  it('speaks plain Dutch with gemeente names, not codes, and links to the signal', () => {
    const { bericht } = ROUTERING[SIGNAAL_INGEDIEND_V1](signaalIngediend(['GM0988', 'GM1640']));
    expect(bericht.tekst).toContain('Weert en Leudal');
    expect(bericht.tekst).not.toMatch(/GM\d{4}/);
    expect(bericht.link).toBe('/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10');
  });
});

describe('routering: afwijking gedetecteerd (trend alert)', () => {
  function afwijking(gemeente?: string) {
    const data: AfwijkingGedetecteerdV1 = {
      regio: 'midden-limburg-west',
      ...(gemeente ? { gemeente } : {}),
      indicator: 'jeugdhulp-met-verblijf',
      indicatorNaam: 'Jongeren met jeugdhulp met verblijf',
      regel: 'verkeerde_kant_van_doel',
      toelichting: 'De waarde over 2025-Q4 is 1,9; het koersdoel is maximaal 1,4.',
      laatstePeriode: '2025-Q4',
      laatsteWaarde: 1.9,
      doelwaarde: 1.4,
      reeks: [{ periode: '2025-Q4', waarde: 1.9 }],
      reeksStand: '2025-Q4=1.9',
    };
    return createCloudEvent({ type: AFWIJKING_GEDETECTEERD_V1, source: 'urn:test', regio: data.regio, data }) as never;
  }

  it('goes to the gemeente users of the gemeente concerned', () => {
    expect(ROUTERING[AFWIJKING_GEDETECTEERD_V1](afwijking('GM0946')).ontvangers).toEqual([{ rol: 'gemeente', gemeente: 'GM0946' }]);
  });

  it('goes to every gemeente user of the region for a figure about the whole region', () => {
    expect(ROUTERING[AFWIJKING_GEDETECTEERD_V1](afwijking()).ontvangers).toEqual([{ rol: 'gemeente' }]);
  });

  it('names the indicator and the gemeente in plain Dutch, with the numbers, and links to the series', () => {
    const { bericht } = ROUTERING[AFWIJKING_GEDETECTEERD_V1](afwijking('GM0946'));
    expect(bericht.titel).toBe('Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf');
    expect(bericht.tekst).toContain('in Nederweert');
    expect(bericht.tekst).toContain('maximaal 1,4');
    expect(bericht.tekst).not.toMatch(/GM\d{4}|jeugdhulp-met-verblijf/);
    expect(bericht.link).toBe('/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0946');
  });
});
