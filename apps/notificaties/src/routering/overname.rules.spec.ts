import { AFSPRAAK_OVERNAME_AANGEBODEN_V1, AfspraakOvernameAangebodenV1, createCloudEvent } from '@koers/contracts';
import { ROUTERING } from './routering.rules';

const AFSPRAAK = '0f5a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const NAMEN = new Map([['GM1640', 'Leudal'], ['GM0946', 'Nederweert'], ['GM0988', 'Weert']]);

const aangeboden = (namen: ReadonlyMap<string, string> | undefined = NAMEN) => {
  const data: AfspraakOvernameAangebodenV1 = {
    afspraakId: AFSPRAAK,
    tafelId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    regio: 'midden-limburg-west',
    versie: 1,
    soort: 'werkafspraak',
    eigenaar: 'zorggroep-horizon',
    gemeenten: ['GM0988'],
    aangebodenAan: ['GM0946', 'GM1640'],
    monitoringplanId: '3a0c8d2e-5f1b-4c7a-9e2d-1b0a9c8d7e60',
    aangebodenOp: '2027-06-01T08:00:00Z',
  };
  return ROUTERING[AFSPRAAK_OVERNAME_AANGEBODEN_V1](createCloudEvent({ type: AFSPRAAK_OVERNAME_AANGEBODEN_V1, source: 'urn:test', regio: data.regio, data }) as never, namen);
};

describe('routering: a successful agreement offered to take over', () => {
  it('goes to the gemeente users of each offered gemeente — not the gemeente where it worked — in category tafels', () => {
    const r = aangeboden();
    expect(r.categorie).toBe('tafels');
    expect(r.ontvangers).toEqual([
      { rol: 'gemeente', gemeente: 'GM0946' },
      { rol: 'gemeente', gemeente: 'GM1640' },
    ]);
    expect(r.ontvangers).not.toContainEqual(expect.objectContaining({ gemeente: 'GM0988' }));
    expect(r.groep).toEqual({ sleutel: 'overname-aangeboden', naam: 'Afspraken die uw gemeente kan overnemen' });
    expect(r.kalender).toBeUndefined();
  });

  it('says in plain Dutch where it worked and what the gemeente can do, and links to the offer in the portal', () => {
    const { bericht } = aangeboden();
    expect(bericht.titel).toBe('Een afspraak die werkt: neemt uw gemeente haar over?');
    expect(bericht.tekst).toContain('Een afspraak van een koerstafel voor Weert heeft het effect bereikt dat de bedoeling was.');
    expect(bericht.tekst).toContain('met een eigen deadline en een eigen monitoringplan');
    expect(bericht.tekst).toContain('schrijf dan waarom');
    expect(bericht).toMatchObject({ link: `/overnames?afspraak=${AFSPRAAK}`, actie: 'Bekijk de afspraak' });
    expect(`${bericht.titel} ${bericht.tekst}`).not.toMatch(/[0-9a-f]{8}-|GM\d{4}|_|nl\.koers\.|effect_bereikt|zorggroep-horizon/);
  });
});
