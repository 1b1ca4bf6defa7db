import { createCloudEvent, TAFEL_AFGEROND_V1, TafelAfgerondV1 } from '@koers/contracts';
import { DEELNEMERS_ROUTERING, TafelOntvangers } from './tafel-deelnemers.rules';

describe('routering: a table closed, to the people at it', () => {
  const tafelId = '2f1c1b9e-3b7a-4c53-9a36-6f0f3c1d2e4a';
  const data: TafelAfgerondV1 = { tafelId, regio: 'midden-limburg-west', signaalId: '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10', afgerondOp: '2027-06-01T10:00:00.000Z' };
  const event = createCloudEvent({ type: TAFEL_AFGEROND_V1, source: 'urn:test', regio: data.regio, data }) as never;
  const tafel: TafelOntvangers = {
    tafelId,
    regio: 'midden-limburg-west',
    onderwerp: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.',
    status: 'afgerond',
    ontvangers: [
      { sub: 'sub-weert', rol: 'gemeente' },
      { sub: 'sub-horizon', rol: 'aanbieder' },
      { sub: 'sub-client', rol: 'clientvertegenwoordiger', namensGasten: 1 },
    ],
    portaalPad: `/tafels/${tafelId}`,
  };
  const routes = () => DEELNEMERS_ROUTERING[TAFEL_AFGEROND_V1](event, tafel);

  it('reaches every participant once by Keycloak id, in category tafels', () => {
    expect(routes().flatMap((r) => r.ontvangers)).toEqual([
      { rol: 'gemeente', sub: 'sub-weert' },
      { rol: 'aanbieder', sub: 'sub-horizon' },
      { rol: 'clientvertegenwoordiger', sub: 'sub-client' },
    ]);
    expect(routes().every((r) => r.categorie === 'tafels' && r.groep.sleutel === 'tafel-afgerond')).toBe(true);
  });

  it('says in plain Dutch that the table is closed and where the lessons are, linking to the table', () => {
    const [{ bericht }] = routes();
    expect(bericht.titel).toBe('De koerstafel is klaar: Jongeren in Weert wachten langer dan twaalf weken op een intake');
    expect(bericht.tekst).toContain('wat werkte, wat niet, en voor wie');
    expect(bericht.link).toBe(`/tafels/${tafelId}`);
    expect(bericht.actie).toBe('Lees wat de tafel heeft geleerd');
  });

  it('asks who brought a guest to pass it on, and tells the others nothing of guests', () => {
    const [andere, metGast] = routes();
    expect(andere.bericht.tekst).not.toContain('gast');
    expect(metGast.bericht.tekst).toContain('Vertel hem of haar dat de tafel klaar is');
  });

  it('sends nothing when nobody is at the table any more', () => {
    expect(DEELNEMERS_ROUTERING[TAFEL_AFGEROND_V1](event, { ...tafel, ontvangers: [] })).toEqual([]);
  });
});
