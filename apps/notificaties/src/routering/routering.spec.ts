import { createCloudEvent, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
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
