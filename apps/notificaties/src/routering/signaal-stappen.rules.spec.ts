import {
  CONSENSUS_BEREIKT_V1,
  CONSENSUS_NIET_BEREIKT_V1,
  ConsensusBereiktV1,
  ConsensusNietBereiktV1,
  createCloudEvent,
  SIGNAAL_AFGEWEZEN_V1,
  SIGNAAL_IN_BEHANDELING_GENOMEN_V1,
  SIGNAAL_SAMENGEVOEGD_V1,
  SignaalAfgewezenV1,
  SignaalInBehandelingGenomenV1,
  SignaalSamengevoegdV1,
} from '@koers/contracts';
import { ROUTERING } from './routering.rules';

const SIGNAAL = '6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10';
const RONDE = '0b6d2c8e-1f0a-4c1e-8f7a-5d9e3b2a1c00';
const MLW = 'midden-limburg-west';
const INDIENER = { indienerRol: 'aanbieder' as const, indienerSub: 'sub-van-de-indiener' };
const PARTIJEN = [
  { organisatie: 'zorggroep-horizon', rol: 'aanbieder' as const },
  { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' as const },
];
/** The names the region register gives for midden-limburg-west. */
const NAMEN = new Map([['GM1640', 'Leudal'], ['GM0946', 'Nederweert'], ['GM0988', 'Weert']]);
const route = (type: string, data: { regio: string }) => ROUTERING[type](createCloudEvent({ type, source: 'urn:test', regio: data.regio, data }) as never, NAMEN);
/** The event as an older publisher wrote it, without these fields. */
const zonder = <T extends { regio: string }>(data: T, ...velden: Array<keyof T>): T => Object.fromEntries(Object.entries(data).filter(([k]) => !velden.includes(k as keyof T))) as T;
/** Plain Dutch: no codes of gemeenten, organisations or event types in what people read. */
const zonderJargon = (tekst: string) => expect(tekst).not.toMatch(/GM\d{4}|zorggroep-horizon|clientenraad-mlw|nl\.koers\.|_/);

describe('routering: signaal opgepakt', () => {
  const opgepakt = (extra: Partial<SignaalInBehandelingGenomenV1> = {}): SignaalInBehandelingGenomenV1 => ({
    signaalId: SIGNAAL,
    regio: MLW,
    gemeenten: ['GM0988'],
    behandelaarGemeente: 'GM0988',
    genomenOp: '2026-11-23T10:00:00.000Z',
    titel: 'Wachttijd loopt op',
    ...INDIENER,
    ...extra,
  });

  it('goes to the person who submitted the signal, in category signalen', () => {
    const r = route(SIGNAAL_IN_BEHANDELING_GENOMEN_V1, opgepakt());
    expect(r.categorie).toBe('signalen');
    expect(r.ontvangers).toEqual([{ rol: 'aanbieder', sub: 'sub-van-de-indiener' }]);
  });

  it('says in plain Dutch which gemeente took it up and what happens next, linking to the signal', () => {
    const { bericht } = route(SIGNAAL_IN_BEHANDELING_GENOMEN_V1, opgepakt());
    expect(bericht.titel).toBe('Uw signaal is opgepakt: Wachttijd loopt op');
    expect(bericht.tekst).toContain("De gemeente Weert heeft het signaal 'Wachttijd loopt op' opgepakt.");
    zonderJargon(bericht.tekst);
    expect(bericht).toMatchObject({ link: `/signalen/${SIGNAAL}`, actie: 'Bekijk het signaal' });
  });

  it('tells nobody about a signal Koers raised itself, or an older event that does not name the submitter', () => {
    expect(route(SIGNAAL_IN_BEHANDELING_GENOMEN_V1, opgepakt({ indienerRol: 'systeem', indienerSub: 'urn:monitoring' })).ontvangers).toEqual([]);
    const r = route(SIGNAAL_IN_BEHANDELING_GENOMEN_V1, zonder(opgepakt(), 'titel', 'indienerRol', 'indienerSub'));
    expect(r.ontvangers).toEqual([]);
    expect(r.bericht.titel).toBe('Uw signaal is opgepakt');
  });
});

describe('routering: signaal afgewezen', () => {
  const afgewezen = (extra: Partial<SignaalAfgewezenV1> = {}): SignaalAfgewezenV1 => ({
    signaalId: SIGNAAL,
    regio: MLW,
    gemeenten: ['GM0988'],
    reden: 'Dit valt onder het lopende programma wachttijden.',
    afgewezenOp: '2026-11-23T10:00:00.000Z',
    titel: 'Wachttijd loopt op',
    ...INDIENER,
    partijen: PARTIJEN,
    ...extra,
  });

  it('goes to the submitter and to every party named in a consensus round of the signal', () => {
    expect(route(SIGNAAL_AFGEWEZEN_V1, afgewezen()).ontvangers).toEqual([
      { rol: 'aanbieder', sub: 'sub-van-de-indiener' },
      { rol: 'aanbieder', organisatie: 'zorggroep-horizon' },
      { rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' },
    ]);
  });

  it('gives the reason of the gemeente, in plain Dutch', () => {
    const r = route(SIGNAAL_AFGEWEZEN_V1, afgewezen());
    expect(r.categorie).toBe('signalen');
    expect(r.bericht.titel).toBe('Signaal afgewezen: Wachttijd loopt op');
    expect(r.bericht.tekst).toContain('Dit is de reden die de gemeente geeft: "Dit valt onder het lopende programma wachttijden."');
    zonderJargon(r.bericht.tekst);
    expect(r.bericht.link).toBe(`/signalen/${SIGNAAL}`);
  });

  it('goes to the submitter only when no round was asked', () => {
    expect(route(SIGNAAL_AFGEWEZEN_V1, zonder(afgewezen(), 'partijen')).ontvangers).toEqual([{ rol: 'aanbieder', sub: 'sub-van-de-indiener' }]);
  });
});

describe('routering: signaal samengevoegd', () => {
  const samengevoegd: SignaalSamengevoegdV1 = {
    signaalId: SIGNAAL,
    regio: MLW,
    samengevoegdMet: RONDE,
    reden: 'Zelfde trend',
    samengevoegdOp: '2026-11-23T10:00:00.000Z',
    titel: 'Wachttijd loopt op',
    ...INDIENER,
    partijen: [PARTIJEN[0]],
  };

  it('goes to the submitter and the named parties, and links to the signal it lives on in', () => {
    const r = route(SIGNAAL_SAMENGEVOEGD_V1, samengevoegd);
    expect(r.ontvangers).toEqual([{ rol: 'aanbieder', sub: 'sub-van-de-indiener' }, { rol: 'aanbieder', organisatie: 'zorggroep-horizon' }]);
    expect(r.bericht.titel).toBe('Signaal samengevoegd: Wachttijd loopt op');
    expect(r.bericht.tekst).toContain("Het signaal 'Wachttijd loopt op' ging over hetzelfde als een ander signaal.");
    expect(r.bericht.tekst).toContain('"Zelfde trend"');
    zonderJargon(r.bericht.tekst);
    expect(r.bericht.link).toBe(`/signalen/${RONDE}`);
  });
});

describe('routering: consensus bereikt of niet', () => {
  const einde = { signaalId: SIGNAAL, consensusrondeId: RONDE, regio: MLW, ronde: 1, titel: 'Wachttijd loopt op', behandelaarGemeente: 'GM0988', deelnemers: PARTIJEN };
  const bereikt: ConsensusBereiktV1 = { ...einde, partijen: ['zorggroep-horizon', 'clientenraad-mlw'], bereiktOp: '2026-11-23T10:00:00.000Z' };
  const nietBereikt: ConsensusNietBereiktV1 = { ...einde, oneens: ['clientenraad-mlw'], nietBereiktOp: '2026-11-23T10:00:00.000Z' };
  const allen = [{ rol: 'gemeente', gemeente: 'GM0988' }, { rol: 'aanbieder', organisatie: 'zorggroep-horizon' }, { rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' }];

  it('tells the gemeente and every party of the round that everybody agreed, and what comes next', () => {
    const r = route(CONSENSUS_BEREIKT_V1, bereikt);
    expect(r.categorie).toBe('consensus');
    expect(r.ontvangers).toEqual(allen);
    expect(r.bericht.titel).toBe('Iedereen is het eens: Wachttijd loopt op');
    expect(r.bericht.tekst).toContain('koerstafel');
    zonderJargon(r.bericht.tekst);
    expect(r.bericht.link).toBe(`/signalen/${SIGNAAL}/consensusrondes/${RONDE}`);
  });

  it('tells them that not everybody agreed, and what the gemeente can do', () => {
    const r = route(CONSENSUS_NIET_BEREIKT_V1, nietBereikt);
    expect(r.ontvangers).toEqual(allen);
    expect(r.bericht.titel).toBe('Nog niet iedereen is het eens: Wachttijd loopt op');
    expect(r.bericht.tekst).toContain('opnieuw om hun mening vragen');
    zonderJargon(r.bericht.tekst);
  });

  it('puts both outcomes in one inbox group', () => {
    expect(route(CONSENSUS_BEREIKT_V1, bereikt).groep).toEqual(route(CONSENSUS_NIET_BEREIKT_V1, nietBereikt).groep);
  });
});
