import { createCloudEvent, VERSLAG_REACTIETERMIJN_VERSTREKEN_V1, VerslagReactietermijnVerstrekenV1 } from '@koers/contracts';
import { ROUTERING } from './routering.rules';

const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const BIJEENKOMST = '5d2f1a3b-7c4e-4f6a-8b9c-0d1e2f3a4b5c';

const verstreken = (opmerkingen: number) => {
  const data: VerslagReactietermijnVerstrekenV1 = { tafelId: TAFEL, bijeenkomstId: BIJEENKOMST, regio: 'midden-limburg-west', behandelaar: 'sub-behandelaar', reactiesTot: '2026-12-16T23:00:00Z', opmerkingen };
  return ROUTERING[VERSLAG_REACTIETERMIJN_VERSTREKEN_V1](createCloudEvent({ type: VERSLAG_REACTIETERMIJN_VERSTREKEN_V1, source: 'urn:test', regio: data.regio, data }) as never);
};

describe('routering: reactietermijn op het verslag verstreken', () => {
  it("goes to the table's behandelaar only, in the group of the concept minutes, linking to the meeting", () => {
    const r = verstreken(2);
    expect(r.ontvangers).toEqual([{ rol: 'gemeente', sub: 'sub-behandelaar' }]);
    expect(r.categorie).toBe('tafels');
    expect(r.groep.sleutel).toBe('tafel-verslag');
    expect(r.bericht).toMatchObject({ link: `/tafels/${TAFEL}/bijeenkomsten/${BIJEENKOMST}`, actie: 'Stel het verslag vast' });
    expect(r.kalender).toBeUndefined();
  });

  it('says how many remarks need an answer, in plain Dutch', () => {
    expect(verstreken(2).bericht.tekst).toContain('Er zijn 2 opmerkingen gemaakt. Schrijf bij elke opmerking wat u ermee heeft gedaan.');
    expect(verstreken(1).bericht.tekst).toContain('Er is 1 opmerking gemaakt.');
    expect(verstreken(0).bericht.tekst).toContain('Niemand heeft een opmerking gemaakt.');
    expect(verstreken(2).bericht.tekst).not.toMatch(/_|nl\.koers\./);
  });
});
