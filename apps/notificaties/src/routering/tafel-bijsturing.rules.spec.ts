import { createCloudEvent, TAFEL_BIJSTURING_NODIG_V1, TafelBijsturingNodigV1 } from '@koers/contracts';
import { DEELNEMERS_ROUTERING, TafelOntvangers } from './tafel-deelnemers.rules';

const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const AFSPRAKEN = ['0f5a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', '2c4e6a8b-1d3f-4a5c-9e7b-3f5a7c9e1b2d'];
const AAN_TAFEL: TafelOntvangers = {
  tafelId: TAFEL,
  regio: 'midden-limburg-west',
  onderwerp: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.',
  status: 'monitoring',
  portaalPad: `/tafels/${TAFEL}`,
  ontvangers: [
    { sub: 'sub-weert', rol: 'gemeente' },
    { sub: 'sub-horizon', rol: 'aanbieder' },
    { sub: 'sub-client', rol: 'clientvertegenwoordiger', namensGasten: 1 },
    { sub: 'sub-jurist', rol: 'jurist' },
  ],
};

const bijsturingNodig = (afspraakIds = AFSPRAKEN.slice(0, 1), aanTafel = AAN_TAFEL) => {
  const data: TafelBijsturingNodigV1 = {
    tafelId: TAFEL,
    regio: 'midden-limburg-west',
    afspraakIds,
    monitoringplanId: '3a0c8d2e-5f1b-4c7a-9e2d-1b0a9c8d7e60',
    vastgesteldOp: '2027-06-01T08:00:00Z',
  };
  return DEELNEMERS_ROUTERING[TAFEL_BIJSTURING_NODIG_V1](createCloudEvent({ type: TAFEL_BIJSTURING_NODIG_V1, source: 'urn:test', regio: data.regio, data }) as never, aanTafel);
};

describe('routering: tafel moet bijsturen', () => {
  it("goes to the region's gemeente users, who plan the new meeting, and to each participant by Keycloak id in their role, in category tafels", () => {
    const [iedereen, voorGasten] = bijsturingNodig();
    expect(iedereen.categorie).toBe('tafels');
    expect(iedereen.ontvangers).toEqual([{ rol: 'gemeente' }, { rol: 'gemeente', sub: 'sub-weert' }, { rol: 'aanbieder', sub: 'sub-horizon' }, { rol: 'jurist', sub: 'sub-jurist' }]);
    expect(iedereen.groep.sleutel).toBe('tafel-bijsturen');
    expect(iedereen.kalender).toBeUndefined();
    // Who brought a guest is asked to pass it on.
    expect(voorGasten.ontvangers).toEqual([{ rol: 'clientvertegenwoordiger', sub: 'sub-client' }]);
    expect(voorGasten.bericht.tekst).toContain('U krijgt dit bericht voor een gast die u meebracht.');
    expect(iedereen.bericht.tekst).not.toContain('gast');
  });

  it('still tells the gemeente when nobody else sits at the table', () => {
    expect(bijsturingNodig(undefined, { ...AAN_TAFEL, ontvangers: [] }).map((r) => r.ontvangers)).toEqual([[{ rol: 'gemeente' }]]);
  });

  it('says in plain Dutch that an agreement did not reach its effect and that the behandelaar can plan a meeting; links to the table', () => {
    const [{ bericht }] = bijsturingNodig();
    expect(bericht.tekst).toContain('Eén afspraak heeft dat effect niet bereikt.');
    expect(bericht.tekst).toContain('moet de tafel bijsturen');
    expect(bericht.tekst).toContain('De behandelaar van de tafel kan daarvoor in Koers een nieuwe bijeenkomst plannen.');
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}`, actie: 'Bekijk de koerstafel' });
  });

  it('counts the agreements, and carries no ids, codes or event names in the text', () => {
    for (const { bericht } of bijsturingNodig(AFSPRAKEN)) {
      expect(bericht.tekst).toContain('2 afspraken hebben dat effect niet bereikt.');
      expect(`${bericht.titel} ${bericht.tekst}`).not.toMatch(/[0-9a-f]{8}-|_|nl\.koers\.|niet_bereikt|sub-/);
    }
  });
});
