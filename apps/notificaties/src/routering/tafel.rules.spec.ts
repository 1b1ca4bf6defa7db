import { createCloudEvent, TAFEL_BIJSTURING_NODIG_V1, TafelBijsturingNodigV1 } from '@koers/contracts';
import { ROUTERING } from './routering.rules';

const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const AFSPRAKEN = ['0f5a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', '2c4e6a8b-1d3f-4a5c-9e7b-3f5a7c9e1b2d'];

const bijsturingNodig = (afspraakIds = AFSPRAKEN.slice(0, 1)) => {
  const data: TafelBijsturingNodigV1 = {
    tafelId: TAFEL,
    regio: 'midden-limburg-west',
    afspraakIds,
    monitoringplanId: '3a0c8d2e-5f1b-4c7a-9e2d-1b0a9c8d7e60',
    vastgesteldOp: '2027-06-01T08:00:00Z',
  };
  return ROUTERING[TAFEL_BIJSTURING_NODIG_V1](createCloudEvent({ type: TAFEL_BIJSTURING_NODIG_V1, source: 'urn:test', regio: data.regio, data }) as never);
};

describe('routering: tafel moet bijsturen', () => {
  it("goes to the region's gemeente users, who plan the new meeting, in category tafels", () => {
    const r = bijsturingNodig();
    expect(r.categorie).toBe('tafels');
    expect(r.ontvangers).toEqual([{ rol: 'gemeente' }]);
    expect(r.groep.sleutel).toBe('tafel-bijsturen');
    expect(r.kalender).toBeUndefined();
  });

  it('says in plain Dutch that an agreement did not reach its effect and that the behandelaar can plan a meeting; links to the table', () => {
    const { bericht } = bijsturingNodig();
    expect(bericht.tekst).toContain('Eén afspraak heeft dat effect niet bereikt.');
    expect(bericht.tekst).toContain('moet de tafel bijsturen');
    expect(bericht.tekst).toContain('De behandelaar van de tafel kan daarvoor in Koers een nieuwe bijeenkomst plannen.');
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}`, actie: 'Bekijk de koerstafel' });
  });

  it('counts the agreements, and carries no ids, codes or event names in the text', () => {
    const { bericht } = bijsturingNodig(AFSPRAKEN);
    expect(bericht.tekst).toContain('2 afspraken hebben dat effect niet bereikt.');
    expect(`${bericht.titel} ${bericht.tekst}`).not.toMatch(/[0-9a-f]{8}-|_|nl\.koers\.|niet_bereikt/);
  });
});
