import {
  Aanleiding,
  Actor,
  beoordeel,
  DossierSoort,
  Feiten,
  magDossierAanvullen,
  magVoorbereiden,
  TEKST_CORRIGEREN,
  magIndienen,
  Oordeel,
  OVERGANGEN,
  SIGNAAL_STATUSSEN,
  SignaalStatus,
  SignaalToestand,
  volgendeStappen,
} from './signaal.rules';

describe('signaal rules: who may submit from which source', () => {
  it.each([
    [['aanbieder'], 'partnerverzoek', true],
    [['clientvertegenwoordiger'], 'partnerverzoek', true],
    [['gemeente'], 'contractdoel', true],
    [['gemeente'], 'beleidsinformatie', true],
    [['gemeente'], 'partnerverzoek', false],
    [['aanbieder'], 'contractdoel', false],
    [['aanbieder'], 'beleidsinformatie', false],
    [['jurist'], 'partnerverzoek', false],
    [['beheerder'], 'contractdoel', false],
  ] as const)('%j with bron %s → %s', (rollen, bron, expected) => {
    expect(magIndienen(rollen, bron)).toBe(expected);
  });
});

describe('signaal rules: the life cycle, step by step', () => {
  const weert: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'], gemeente: 'GM0988' };
  const leudal: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'], gemeente: 'GM1640' };
  const aanbieder: Actor = { soort: 'persoon', subject: 'sub-aanbieder', rollen: ['aanbieder'] };
  const systeem: Actor = { soort: 'systeem' };
  const compleet: DossierSoort[] = ['objectieve_data', 'ervaringsinformatie', 'juridisch_kader'];
  const signaal = (status: SignaalStatus, behandelaarSub: string | null = null): SignaalToestand => ({ status, gemeenten: ['GM0988'], behandelaarSub });

  type Scenario = [string, SignaalToestand, SignaalStatus, Aanleiding, Actor, Feiten, Oordeel['uitkomst']];
  const scenarios: Scenario[] = [
    ['a gemeente of the signal takes it up', signaal('ingediend'), 'in_voorbereiding', 'statuswijziging', weert, {}, 'toegestaan'],
    ['a gemeente of another gemeente cannot take it up', signaal('ingediend'), 'in_voorbereiding', 'statuswijziging', leudal, {}, 'niet_bevoegd'],
    ['a provider cannot take it up', signaal('ingediend'), 'in_voorbereiding', 'statuswijziging', aanbieder, {}, 'niet_bevoegd'],
    ['a signal in voorbereiding cannot be taken up again', signaal('in_voorbereiding', 'sub-weert'), 'in_voorbereiding', 'statuswijziging', weert, {}, 'geweigerd'],
    ['rejecting needs a reason', signaal('ingediend'), 'afgewezen', 'statuswijziging', weert, {}, 'onvolledig'],
    ['a blank reason is no reason', signaal('ingediend'), 'afgewezen', 'statuswijziging', weert, { reden: '  ' }, 'onvolledig'],
    ['a gemeente of the signal rejects it with a reason', signaal('ingediend'), 'afgewezen', 'statuswijziging', weert, { reden: 'dubbel' }, 'toegestaan'],
    ['in voorbereiding only the behandelaar rejects', signaal('in_voorbereiding', 'sub-ander'), 'afgewezen', 'statuswijziging', weert, { reden: 'x' }, 'niet_bevoegd'],
    ['the behandelaar rejects with a reason', signaal('in_voorbereiding', 'sub-weert'), 'afgewezen', 'statuswijziging', weert, { reden: 'x' }, 'toegestaan'],
    ['merging needs the other signal', signaal('ingediend'), 'samengevoegd', 'statuswijziging', weert, {}, 'onvolledig'],
    ['merging into an open signal', signaal('ingediend'), 'samengevoegd', 'statuswijziging', weert, { samengevoegdMet: 'x', doelStatus: 'consensus_gevraagd' }, 'toegestaan'],
    ['merging into a rejected signal is refused', signaal('ingediend'), 'samengevoegd', 'statuswijziging', weert, { samengevoegdMet: 'x', doelStatus: 'afgewezen' }, 'geweigerd'],
    ['merging into a merged signal is refused', signaal('ingediend'), 'samengevoegd', 'statuswijziging', weert, { samengevoegdMet: 'x', doelStatus: 'samengevoegd' }, 'geweigerd'],
    ['the behandelaar merges a signal in voorbereiding', signaal('in_voorbereiding', 'sub-weert'), 'samengevoegd', 'statuswijziging', weert, { samengevoegdMet: 'x', doelStatus: 'ingediend' }, 'toegestaan'],
    ['consensus is not asked through a status change', signaal('in_voorbereiding', 'sub-weert'), 'consensus_gevraagd', 'statuswijziging', weert, { dossierSoorten: compleet }, 'geweigerd'],
    ['consensus needs each kind of evidence', signaal('in_voorbereiding', 'sub-weert'), 'consensus_gevraagd', 'consensusronde', weert, { dossierSoorten: ['objectieve_data', 'juridisch_kader'] }, 'geweigerd'],
    ['the behandelaar asks consensus on a complete dossier', signaal('in_voorbereiding', 'sub-weert'), 'consensus_gevraagd', 'consensusronde', weert, { dossierSoorten: compleet }, 'toegestaan'],
    ['another gemeente user cannot ask consensus', signaal('in_voorbereiding', 'sub-weert'), 'consensus_gevraagd', 'consensusronde', leudal, { dossierSoorten: compleet }, 'niet_bevoegd'],
    ['consensus cannot be asked before take-up', signaal('ingediend'), 'consensus_gevraagd', 'consensusronde', weert, { dossierSoorten: compleet }, 'geweigerd'],
    ['nobody declares consensus by hand', signaal('consensus_gevraagd', 'sub-weert'), 'consensus_bereikt', 'statuswijziging', weert, {}, 'geweigerd'],
    ['all parties agreeing reaches consensus', signaal('consensus_gevraagd', 'sub-weert'), 'consensus_bereikt', 'antwoord', systeem, { consensus: 'bereikt' }, 'toegestaan'],
    ['consensus is not reached while not all agreed', signaal('consensus_gevraagd', 'sub-weert'), 'consensus_bereikt', 'antwoord', systeem, { consensus: 'niet_bereikt' }, 'geweigerd'],
    ['a oneens sends the signal back to voorbereiding', signaal('consensus_gevraagd', 'sub-weert'), 'in_voorbereiding', 'antwoord', systeem, { consensus: 'niet_bereikt' }, 'toegestaan'],
    ['a signal under consensus cannot be rejected', signaal('consensus_gevraagd', 'sub-weert'), 'afgewezen', 'statuswijziging', weert, { reden: 'x' }, 'geweigerd'],
    ['a tafel starts on a signal with consensus', signaal('consensus_bereikt', 'sub-weert'), 'tafel_gestart', 'tafel_gestart', systeem, {}, 'toegestaan'],
    ['a tafel does not start on a signal without consensus', signaal('in_voorbereiding', 'sub-weert'), 'tafel_gestart', 'tafel_gestart', systeem, {}, 'geweigerd'],
    ['a person cannot start a tafel through the status', signaal('consensus_bereikt', 'sub-weert'), 'tafel_gestart', 'statuswijziging', weert, {}, 'geweigerd'],
    ['nothing leaves afgewezen', signaal('afgewezen'), 'in_voorbereiding', 'statuswijziging', weert, {}, 'geweigerd'],
    ['nothing leaves samengevoegd', signaal('samengevoegd'), 'afgewezen', 'statuswijziging', weert, { reden: 'x' }, 'geweigerd'],
    ['nothing leaves tafel_gestart', signaal('tafel_gestart', 'sub-weert'), 'afgewezen', 'statuswijziging', weert, { reden: 'x' }, 'geweigerd'],
  ];

  it.each(scenarios)('%s', (_naam, toestand, naar, aanleiding, actor, feiten, verwacht) => {
    expect(beoordeel(toestand, naar, aanleiding, actor, feiten).uitkomst).toBe(verwacht);
  });

  it('names the current state and what is missing when it refuses', () => {
    const oordeel = beoordeel(signaal('in_voorbereiding', 'sub-weert'), 'consensus_gevraagd', 'consensusronde', weert, { dossierSoorten: ['juridisch_kader'] });
    expect(oordeel).toMatchObject({ uitkomst: 'geweigerd', ontbreekt: ['een dossierstuk van soort objectieve_data, ervaringsinformatie'] });
    expect((oordeel as { reden: string }).reden).toContain("'in_voorbereiding'");
    const eind = beoordeel(signaal('afgewezen'), 'in_voorbereiding', 'statuswijziging', weert);
    expect((eind as { reden: string }).reden).toContain("'afgewezen' is een eindstatus");
  });

  it('has no step out of an end state, and every step starts and ends in a known status', () => {
    for (const eind of ['afgewezen', 'samengevoegd', 'tafel_gestart'] as const) expect(volgendeStappen(eind)).toEqual([]);
    for (const overgang of OVERGANGEN) {
      expect(SIGNAAL_STATUSSEN).toContain(overgang.van);
      expect(SIGNAAL_STATUSSEN).toContain(overgang.naar);
    }
    expect(new Set(OVERGANGEN.map((o) => `${o.van}>${o.naar}`)).size).toBe(OVERGANGEN.length);
  });

  it('lets only the behandelaar add to the dossier, and only in voorbereiding', () => {
    expect(magDossierAanvullen(signaal('in_voorbereiding', 'sub-weert'), weert).uitkomst).toBe('toegestaan');
    expect(magDossierAanvullen(signaal('in_voorbereiding', 'sub-weert'), leudal).uitkomst).toBe('niet_bevoegd');
    expect(magDossierAanvullen(signaal('consensus_gevraagd', 'sub-weert'), weert).uitkomst).toBe('geweigerd');
    expect(magDossierAanvullen(signaal('ingediend'), weert).uitkomst).toBe('geweigerd');
  });

  it('lets only the behandelaar correct the text or withdraw a piece, only in voorbereiding, naming the status and who may', () => {
    expect(magVoorbereiden(signaal('in_voorbereiding', 'sub-weert'), weert, TEKST_CORRIGEREN).uitkomst).toBe('toegestaan');
    expect(magVoorbereiden(signaal('in_voorbereiding', 'sub-weert'), leudal, TEKST_CORRIGEREN)).toEqual({ uitkomst: 'niet_bevoegd', reden: 'Alleen de behandelaar van het signaal corrigeert de tekst.' });
    expect(magVoorbereiden(signaal('consensus_gevraagd', 'sub-weert'), weert, TEKST_CORRIGEREN)).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'consensus_gevraagd',
      reden: "Het signaal heeft status 'consensus_gevraagd'; de tekst wordt alleen gecorrigeerd zolang het signaal in voorbereiding is.",
    });
  });
});
