import { berichtOnbestelbaarV1, DIENSTEN } from '@koers/contracts';
import { ROUTERING } from './routering.rules';

describe('routering: bericht onbestelbaar', () => {
  const melding = (dienst: (typeof DIENSTEN)[number]) =>
    berichtOnbestelbaarV1[dienst].build(
      {
        regio: 'midden-limburg-west',
        dienst,
        eventId: '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10',
        eventType: 'nl.koers.tafels.tafel.gestart.v1',
        reden: "Statusconflict: Een signaal met status 'in_voorbereiding' kan niet naar 'tafel_gestart'.",
        pogingen: 1,
        onbestelbaarOp: '2026-11-23T10:00:00.000Z',
      },
      { source: 'urn:test' },
    );

  it.each(DIENSTEN)('routes the dead letters of %s to the beheerder of the region, in category beheer', (dienst) => {
    const r = ROUTERING[melding(dienst).type](melding(dienst) as never);
    expect(r.categorie).toBe('beheer');
    expect(r.ontvangers).toEqual([{ rol: 'beheerder' }]);
    expect(r.bericht.link).toBe(`/beheer/onbestelbare-berichten?dienst=${dienst}`);
  });

  it('says what happened and what the beheerder can do, with the reason Koers got', () => {
    const { bericht } = ROUTERING[melding('signalen').type](melding('signalen') as never);
    expect(bericht.titel).toBe('Een bericht kon niet worden verwerkt in signalen');
    expect(bericht.tekst).toContain('Het bericht is niet weg');
    expect(bericht.tekst).toContain('bied het bericht daarna opnieuw aan');
    expect(bericht.tekst).toContain("kan niet naar 'tafel_gestart'");
  });
});
