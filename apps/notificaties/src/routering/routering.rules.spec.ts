import {
  AFWIJKING_GEDETECTEERD_V1,
  AfwijkingGedetecteerdV1,
  AFSPRAAK_INGETROKKEN_V1,
  AFSPRAAK_OVERGENOMEN_V1,
  AFSPRAAK_OVERNAME_AFGESLAGEN_V1,
  AFSPRAAK_PILOT_VOORGESTELD_V1,
  AFSPRAAK_VASTGELEGD_V1,
  CONSENSUS_GEVRAAGD_V1,
  ConsensusGevraagdV1,
  createCloudEvent,
  DEELNEMER_TOEGEVOEGD_V1,
  EVENT_CONTRACTS,
  SIGNAAL_INGEDIEND_V1,
  SignaalIngediendV1,
  TAFEL_GESTART_V1,
  TERMIJN_VERSTREKEN_V1,
  TermijnVerstrekenV1,
} from '@koers/contracts';
import { bijeenkomstEventTypes } from './bijeenkomst.rules';
import { deelnemersEventTypes } from './tafel-deelnemers.rules';
import { ROUTERING as TABEL } from './routering.rules';

/** The table with the names the region register gives for midden-limburg-west. */
const NAMEN = new Map([['GM1640', 'Leudal'], ['GM0946', 'Nederweert'], ['GM0988', 'Weert']]);
const ROUTERING = Object.fromEntries(Object.entries(TABEL).map(([type, route]) => [type, (event: never) => route(event, NAMEN)]));

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
  it('is a message of category signalen', () => {
    expect(ROUTERING[SIGNAAL_INGEDIEND_V1](signaalIngediend(['GM0988'])).categorie).toBe('signalen');
  });

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
    expect(bericht.actie).toBe('Bekijk het signaal');
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

  it('is a message of category trendalerts', () => {
    expect(ROUTERING[AFWIJKING_GEDETECTEERD_V1](afwijking('GM0946')).categorie).toBe('trendalerts');
  });

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
    expect(bericht.actie).toBe('Bekijk de cijfers');
  });
});

describe('routering: consensus gevraagd', () => {
  function consensusGevraagd(ronde = 1) {
    const data: ConsensusGevraagdV1 = {
      signaalId: '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10',
      consensusrondeId: '0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00',
      regio: 'midden-limburg-west',
      ronde,
      titel: 'Wachttijd loopt op',
      partijen: [
        { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
        { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
      ],
      gevraagdOp: '2026-11-23T10:00:00.000Z',
    };
    return createCloudEvent({ type: CONSENSUS_GEVRAAGD_V1, source: 'urn:test', regio: data.regio, data }) as never;
  }

  it('is a message of category consensus', () => {
    expect(ROUTERING[CONSENSUS_GEVRAAGD_V1](consensusGevraagd()).categorie).toBe('consensus');
  });

  it('goes to the users of each named organisation, in the role it answers in', () => {
    expect(ROUTERING[CONSENSUS_GEVRAAGD_V1](consensusGevraagd()).ontvangers).toEqual([
      { rol: 'aanbieder', organisatie: 'zorggroep-horizon' },
      { rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' },
    ]);
  });

  it('asks in plain Dutch for an answer and links to the consensus round', () => {
    const { bericht } = ROUTERING[CONSENSUS_GEVRAAGD_V1](consensusGevraagd());
    expect(bericht.titel).toBe('Uw mening gevraagd: Wachttijd loopt op');
    expect(bericht.tekst).toContain("het signaal 'Wachttijd loopt op'");
    expect(bericht.tekst).not.toContain('vorige ronde');
    expect(bericht.tekst).not.toMatch(/consensusronde|zorggroep-horizon/);
    expect(bericht.link).toBe('/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10/consensusrondes/0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00');
    expect(bericht.actie).toBe('Geef uw antwoord');
  });

  it('says why it asks again in a later round', () => {
    expect(ROUTERING[CONSENSUS_GEVRAAGD_V1](consensusGevraagd(2)).bericht.tekst).toContain('In de vorige ronde was nog niet iedereen het eens');
  });
});

describe('routering: termijn verstreken', () => {
  function termijnVerstreken(extra: Partial<TermijnVerstrekenV1>) {
    const data: TermijnVerstrekenV1 = {
      signaalId: '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10',
      regio: 'midden-limburg-west',
      titel: 'Wachttijd loopt op',
      gemeenten: ['GM0988', 'GM1640'],
      soort: 'opnemen',
      uiterlijk: '2026-12-09',
      ...extra,
    };
    return createCloudEvent({ type: TERMIJN_VERSTREKEN_V1, source: 'urn:test', regio: data.regio, data }) as never;
  }

  it('tells the gemeenten of a signal nobody took up in time, with the date in words', () => {
    const route = ROUTERING[TERMIJN_VERSTREKEN_V1](termijnVerstreken({}));
    expect(route.categorie).toBe('signalen');
    expect(route.ontvangers).toEqual([
      { rol: 'gemeente', gemeente: 'GM0988' },
      { rol: 'gemeente', gemeente: 'GM1640' },
    ]);
    expect(route.bericht.titel).toBe('Nog niet opgepakt: Wachttijd loopt op');
    expect(route.bericht.tekst).toContain('over Weert en Leudal had uiterlijk 9 december 2026 opgepakt moeten worden');
    expect(route.bericht.link).toBe('/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10');
  });

  it('reminds only the parties that have not answered a round, and links to the round', () => {
    const route = ROUTERING[TERMIJN_VERSTREKEN_V1](
      termijnVerstreken({
        soort: 'beantwoorden',
        consensusrondeId: '0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00',
        nogNietGeantwoord: [{ organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' }],
      }),
    );
    expect(route.categorie).toBe('consensus');
    expect(route.ontvangers).toEqual([{ rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' }]);
    expect(route.bericht.titel).toBe('Uw antwoord ontbreekt nog: Wachttijd loopt op');
    expect(route.bericht.tekst).toContain('uiterlijk 9 december 2026');
    expect(route.bericht.link).toBe('/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10/consensusrondes/0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00');
  });
});

describe('routering: the facts of tafels', () => {
  /** Facts of tafels that tell no person anything new, each with why: they are for other services. */
  const NIET_VOOR_MENSEN = {
    [TAFEL_GESTART_V1]: 'signalen marks the signal; the participants hear of the table through the invitation to its first meeting',
    [DEELNEMER_TOEGEVOEGD_V1]: 'the new participant is invited to the meetings (bijeenkomst.rules.ts)',
    [AFSPRAAK_VASTGELEGD_V1]: 'monitoring confirms the plan; the table recorded it itself',
    [AFSPRAAK_PILOT_VOORGESTELD_V1]: 'the pilots service makes a proposal of it',
    [AFSPRAAK_INGETROKKEN_V1]: 'monitoring drops the plan; the table withdrew it itself',
    [AFSPRAAK_OVERGENOMEN_V1]: 'the adopting gemeente answered the offer itself; the region reads who adopted in tafels',
    [AFSPRAAK_OVERNAME_AFGESLAGEN_V1]: 'the declining gemeente answered the offer itself; the region reads who declined in tafels',
  };
  const vanTafels = EVENT_CONTRACTS.filter((c) => c.uitgever === 'tafels').map((c) => c.type);

  it.each(vanTafels.filter((type) => !(type in NIET_VOOR_MENSEN)))('routes %s to people', (type) => {
    expect([...Object.keys(TABEL), ...bijeenkomstEventTypes(), ...deelnemersEventTypes()]).toContain(type);
  });

  it.each(Object.keys(NIET_VOOR_MENSEN))('leaves %s unrouted on purpose', (type) => {
    expect(vanTafels).toContain(type);
    expect([...Object.keys(TABEL), ...bijeenkomstEventTypes(), ...deelnemersEventTypes()]).not.toContain(type);
  });
});
