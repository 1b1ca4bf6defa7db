import { AFSPRAAK_DEADLINE_VERSTREKEN_V1, AFSPRAAK_GETOETST_V1, AFSPRAAK_OPGESTELD_V1, AfspraakGetoetstV1, AfspraakOpgesteldV1, createCloudEvent, ToetsingOordeel } from '@koers/contracts';
import { ROUTERING } from './routering.rules';

const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const AFSPRAAK = '0f5a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const NAMEN = new Map([['GM1640', 'Leudal'], ['GM0946', 'Nederweert'], ['GM0988', 'Weert']]);

const opgesteld = (extra: Partial<AfspraakOpgesteldV1> = {}) => {
  const data: AfspraakOpgesteldV1 = {
    afspraakId: AFSPRAAK,
    tafelId: TAFEL,
    regio: 'midden-limburg-west',
    versie: 1,
    soort: 'werkafspraak',
    bijeenkomstId: '5d2f1a3b-7c4e-4f6a-8b9c-0d1e2f3a4b5c',
    eigenaar: 'zorggroep-horizon',
    gemeenten: ['GM0988'],
    deadline: '2027-03-01',
    opgesteldOp: '2026-12-08T15:00:00Z',
    ...extra,
  };
  return ROUTERING[AFSPRAAK_OPGESTELD_V1](createCloudEvent({ type: AFSPRAAK_OPGESTELD_V1, source: 'urn:test', regio: data.regio, data }) as never, NAMEN);
};

describe('routering: afspraak opgesteld (a review request)', () => {
  it("goes to the region's jurists but those of the owner's organisation, in category toetsing", () => {
    const r = opgesteld();
    expect(r.categorie).toBe('toetsing');
    expect(r.ontvangers).toEqual([{ rol: 'jurist', behalveOrganisatie: 'zorggroep-horizon' }]);
    expect(r.groep.sleutel).toBe('afspraak-toetsen');
  });

  it('says in plain Dutch what kind of agreement, for which gemeente, by when, and what the jurist does; links to the agreement', () => {
    const { bericht } = opgesteld();
    expect(bericht.tekst).toContain('Aan een koerstafel in uw regio is een werkafspraak opgesteld, voor Weert.');
    expect(bericht.tekst).toContain('De afspraak moet klaar zijn op 1 maart 2027.');
    expect(bericht.tekst).toContain('uw akkoord, of uw bezwaar met de reden');
    expect(bericht.tekst).not.toMatch(/GM\d{4}|zorggroep-horizon|_|nl\.koers\./);
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}/afspraken/${AFSPRAAK}`, actie: 'Toets de afspraak' });
  });

  it('speaks of the whole region, and of a changed version after bijsturen', () => {
    const { bericht } = opgesteld({ voorDeHeleRegio: true, gemeenten: ['GM0988', 'GM1640', 'GM0946'], versie: 2, soort: 'outcomecriterium' });
    expect(bericht.tekst).toContain('een afspraak over wat de jeugdhulp moet opleveren opgesteld, voor de hele regio.');
    expect(bericht.tekst).toContain('gewijzigde versie');
  });
});

const getoetst = (oordeel: ToetsingOordeel) => {
  const data: AfspraakGetoetstV1 = {
    afspraakId: AFSPRAAK,
    tafelId: TAFEL,
    regio: 'midden-limburg-west',
    versie: 1,
    toetsingId: '7e9a1c3b-5d2f-4b6a-8c0e-2f4a6c8e0b1d',
    oordeel,
    eigenaar: 'zorggroep-horizon',
    getoetstOp: '2026-12-10T09:00:00Z',
  };
  return ROUTERING[AFSPRAAK_GETOETST_V1](createCloudEvent({ type: AFSPRAAK_GETOETST_V1, source: 'urn:test', regio: data.regio, data }) as never, NAMEN);
};

describe('routering: afspraak getoetst (the verdict of a jurist)', () => {
  it("goes to the region's gemeente users, in category tafels, both for akkoord and bezwaar", () => {
    for (const oordeel of ['akkoord', 'bezwaar'] as const) {
      const r = getoetst(oordeel);
      expect(r.categorie).toBe('tafels');
      expect(r.ontvangers).toEqual([{ rol: 'gemeente' }]);
      expect(r.groep.sleutel).toBe('afspraak-getoetst');
    }
  });

  it('says an akkoord in plain Dutch, and links to the agreement', () => {
    const { bericht } = getoetst('akkoord');
    expect(bericht.titel).toBe('Een jurist gaf akkoord op een afspraak van een koerstafel');
    expect(bericht.tekst).toContain('past binnen de wet en respecteert de rechten van jongeren en ouders');
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}/afspraken/${AFSPRAAK}`, actie: 'Bekijk de afspraak' });
  });

  it('says a bezwaar and sends the reader to Koers for the reason, which the event does not carry', () => {
    const { bericht } = getoetst('bezwaar');
    expect(bericht.titel).toBe('Een jurist heeft bezwaar tegen een afspraak van een koerstafel');
    expect(bericht.tekst).toContain('Lees de reden in Koers');
    expect(bericht.tekst).not.toContain('akkoord');
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}/afspraken/${AFSPRAAK}`, actie: 'Lees de reden' });
  });

  it('names no organisation, code or id', () => {
    for (const oordeel of ['akkoord', 'bezwaar'] as const) {
      const { titel, tekst } = getoetst(oordeel).bericht;
      expect(`${titel} ${tekst}`).not.toMatch(/zorggroep-horizon|[0-9a-f]{8}-|_|nl\.koers\./);
    }
  });
});

describe('routering: afspraak over haar deadline', () => {
  const verstreken = () => {
    const data = {
      afspraakId: AFSPRAAK,
      tafelId: TAFEL,
      regio: 'midden-limburg-west',
      versie: 2,
      eigenaar: 'zorggroep-horizon',
      gemeenten: ['GM0988', 'GM1640'],
      deadline: '2027-09-30',
      behandelaar: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
      vastgesteldOp: '2027-10-01T00:15:00Z',
    };
    return ROUTERING[AFSPRAAK_DEADLINE_VERSTREKEN_V1](createCloudEvent({ type: AFSPRAAK_DEADLINE_VERSTREKEN_V1, source: 'urn:test', regio: data.regio, data }) as never, NAMEN);
  };

  it('goes to the people of the owner and to the table’s behandelaar, in category tafels', () => {
    const r = verstreken();
    expect(r.categorie).toBe('tafels');
    expect(r.ontvangers).toEqual([
      { rol: 'aanbieder', organisatie: 'zorggroep-horizon' },
      { rol: 'gemeente', sub: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b' },
    ]);
  });

  it('says in plain Dutch for whom, by when, and what to report; links to the agreement', () => {
    const { bericht } = verstreken();
    expect(bericht.tekst).toContain('De afspraak voor Weert en Leudal moest op 30 september 2027 klaar zijn.');
    expect(bericht.tekst).toContain('uitgevoerd, nog bezig, of gestopt met de reden');
    expect(bericht.tekst).not.toMatch(/GM\d{4}|zorggroep-horizon|nl\.koers\./);
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}/afspraken/${AFSPRAAK}`, actie: 'Meld hoe het staat' });
  });
});
