import { Aanleiding, Actor, AfspraakStand, beoordeel, Feiten, isClientzijde, Oordeel, OVERGANGEN, TAFEL_STATUSSEN, TafelStatus, TafelToestand, volgendeStappen } from './tafel.rules';

describe('tafel rules: the life cycle, step by step', () => {
  const behandelaar: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'] };
  const andereGemeente: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'] };
  const aanbieder: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['aanbieder'] };
  const systeem: Actor = { soort: 'systeem' };
  const tafel = (status: TafelStatus): TafelToestand => ({ status, behandelaarSub: 'sub-weert' });
  const klaar: AfspraakStand = { titel: 'Wachtlijstafspraak', plan: true, akkoord: true, plannenBevestigd: true, afgerond: true };
  const zonderPlan: AfspraakStand = { titel: 'Scholing', plan: false, akkoord: true };
  const zonderAkkoord: AfspraakStand = { titel: 'Contract', plan: true, akkoord: false };
  const lessen = { watWerkte: 'Samen plannen werkt.', watWerkteNiet: 'Brieven alleen bereikten weinig ouders.', voorWie: 'Jongeren op de wachtlijst en hun ouders' };

  type Scenario = [string, TafelToestand, TafelStatus, Aanleiding, Actor, Feiten, Oordeel['uitkomst']];
  const scenarios: Scenario[] = [
    ['the behandelaar plans with a client representative at the table', tafel('voorbereiding'), 'gepland', 'planning', behandelaar, { clientzijde: 1 }, 'toegestaan'],
    ['planning without anyone on the client side is refused', tafel('voorbereiding'), 'gepland', 'planning', behandelaar, { clientzijde: 0 }, 'geweigerd'],
    ['another gemeente user cannot plan', tafel('voorbereiding'), 'gepland', 'planning', andereGemeente, { clientzijde: 1 }, 'niet_bevoegd'],
    ['the same person without the gemeente role cannot plan', tafel('voorbereiding'), 'gepland', 'planning', aanbieder, { clientzijde: 1 }, 'niet_bevoegd'],
    ['Koers itself does not plan', tafel('voorbereiding'), 'gepland', 'planning', systeem, { clientzijde: 1 }, 'niet_bevoegd'],
    ['a planned table is not planned again', tafel('gepland'), 'gepland', 'planning', behandelaar, { clientzijde: 1 }, 'geweigerd'],
    ['a table in voorbereiding is not held', tafel('voorbereiding'), 'gehouden', 'verslag', behandelaar, { verslag: true }, 'geweigerd'],
    ['the behandelaar records the minutes of a planned table', tafel('gepland'), 'gehouden', 'verslag', behandelaar, { verslag: true }, 'toegestaan'],
    ['held needs the minutes', tafel('gepland'), 'gehouden', 'verslag', behandelaar, {}, 'geweigerd'],
    ['minutes are not a status change', tafel('gepland'), 'gehouden', 'planning', behandelaar, { verslag: true }, 'geweigerd'],
    ['only the behandelaar records minutes', tafel('gepland'), 'gehouden', 'verslag', andereGemeente, { verslag: true }, 'niet_bevoegd'],
    ['agreements with plans and akkoord are recorded', tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [klaar] }, 'toegestaan'],
    ['recording needs at least one agreement', tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [] }, 'geweigerd'],
    ['an agreement without a plan blocks recording', tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [klaar, zonderPlan] }, 'geweigerd'],
    ['an agreement without akkoord blocks recording', tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [zonderAkkoord] }, 'geweigerd'],
    ['only the behandelaar records agreements', tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', andereGemeente, { afspraken: [klaar] }, 'niet_bevoegd'],
    ['agreements are not recorded before the meeting was held', tafel('gepland'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [klaar] }, 'geweigerd'],
    ['monitoring follows when every plan is confirmed', tafel('afspraken_vastgelegd'), 'monitoring', 'plannen_bevestigd', systeem, { afspraken: [klaar] }, 'toegestaan'],
    ['not while a plan is unconfirmed', tafel('afspraken_vastgelegd'), 'monitoring', 'plannen_bevestigd', systeem, { afspraken: [{ ...klaar, plannenBevestigd: false }] }, 'geweigerd'],
    ['nobody moves a table to monitoring by hand', tafel('afspraken_vastgelegd'), 'monitoring', 'plannen_bevestigd', behandelaar, { afspraken: [klaar] }, 'niet_bevoegd'],
    ['bijsturen: back to gepland when an agreement missed its effect', tafel('monitoring'), 'gepland', 'bijsturen', behandelaar, { bijsturingNodig: true, clientzijde: 1 }, 'toegestaan'],
    ['no bijsturen while every agreement is on course', tafel('monitoring'), 'gepland', 'bijsturen', behandelaar, { bijsturingNodig: false, clientzijde: 1 }, 'geweigerd'],
    ['bijsturen also needs the client side', tafel('monitoring'), 'gepland', 'bijsturen', behandelaar, { bijsturingNodig: true, clientzijde: 0 }, 'geweigerd'],
    ['bijsturen is not a plain planning step', tafel('monitoring'), 'gepland', 'planning', behandelaar, { clientzijde: 1 }, 'geweigerd'],
    ['only the behandelaar steers', tafel('monitoring'), 'gepland', 'bijsturen', andereGemeente, { bijsturingNodig: true, clientzijde: 1 }, 'niet_bevoegd'],
    ['the behandelaar closes with lessons when every agreement ended', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar], leerervaringen: lessen }, 'toegestaan'],
    ['closing needs the lessons', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar] }, 'onvolledig'],
    ['closing needs what worked', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar], leerervaringen: { ...lessen, watWerkte: ' ' } }, 'onvolledig'],
    ['closing needs what did not work', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar], leerervaringen: { ...lessen, watWerkteNiet: '' } }, 'onvolledig'],
    ['closing needs for whom', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar], leerervaringen: { ...lessen, voorWie: '  ' } }, 'onvolledig'],
    ['closing waits for every agreement', tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar, { ...klaar, afgerond: false }], leerervaringen: lessen }, 'geweigerd'],
    ['only the behandelaar closes', tafel('monitoring'), 'afgerond', 'afronding', andereGemeente, { afspraken: [klaar], leerervaringen: lessen }, 'niet_bevoegd'],
    ['the behandelaar without the gemeente role does not close', tafel('monitoring'), 'afgerond', 'afronding', aanbieder, { afspraken: [klaar], leerervaringen: lessen }, 'niet_bevoegd'],
    ['Koers itself does not close', tafel('monitoring'), 'afgerond', 'afronding', systeem, { afspraken: [klaar], leerervaringen: lessen }, 'niet_bevoegd'],
    ['closing is its own step, not bijsturen', tafel('monitoring'), 'afgerond', 'bijsturen', behandelaar, { afspraken: [klaar], leerervaringen: lessen }, 'geweigerd'],
    ...(['voorbereiding', 'gepland', 'gehouden', 'afspraken_vastgelegd', 'afgerond'] as const).map(
      (status): Scenario => [`a table in ${status} is not closed`, tafel(status), 'afgerond', 'afronding', behandelaar, { afspraken: [klaar], leerervaringen: lessen }, 'geweigerd'],
    ),
    ['nothing leaves afgerond', tafel('afgerond'), 'gepland', 'bijsturen', behandelaar, { bijsturingNodig: true, clientzijde: 1 }, 'geweigerd'],
  ];

  it.each(scenarios)('%s', (_naam, toestand, naar, aanleiding, actor, feiten, verwacht) => {
    expect(beoordeel(toestand, naar, aanleiding, actor, feiten).uitkomst).toBe(verwacht);
  });

  it('names the current status and what is missing when the client side is absent', () => {
    expect(beoordeel(tafel('voorbereiding'), 'gepland', 'planning', behandelaar, { clientzijde: 0 })).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'voorbereiding',
      ontbreekt: ['ten minste één deelnemer aan cliëntzijde (een cliëntvertegenwoordiger of een gast)'],
    });
  });

  it('names every agreement without a plan or without akkoord at once', () => {
    const oordeel = beoordeel(tafel('gehouden'), 'afspraken_vastgelegd', 'afspraken', behandelaar, { afspraken: [zonderPlan, zonderAkkoord] });
    expect(oordeel).toMatchObject({
      uitkomst: 'geweigerd',
      ontbreekt: ["een monitoringplan bij afspraak 'Scholing'", "een akkoord van een jurist bij afspraak 'Contract'"],
    });
  });

  it('names every agreement that neither reached its effect nor was stopped, and the current status', () => {
    const oordeel = beoordeel(tafel('monitoring'), 'afgerond', 'afronding', behandelaar, {
      afspraken: [klaar, { ...klaar, titel: 'Overbruggingsgesprek', afgerond: false }, { ...klaar, titel: 'Scholing', afgerond: false }],
      leerervaringen: lessen,
    });
    expect(oordeel).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'monitoring',
      ontbreekt: ["effect bereikt of een reden om te stoppen bij afspraak 'Overbruggingsgesprek'", "effect bereikt of een reden om te stoppen bij afspraak 'Scholing'"],
    });
  });

  it('asks for the lessons as the field leerervaringen, before judging the agreements', () => {
    expect(beoordeel(tafel('monitoring'), 'afgerond', 'afronding', behandelaar, { afspraken: [{ ...klaar, afgerond: false }] })).toEqual({
      uitkomst: 'onvolledig',
      velden: [{ naam: 'leerervaringen', code: 'verplicht', reden: 'een tafel afronden vraagt om de leerervaringen: wat werkte, wat niet, en voor wie' }],
    });
  });

  it('has exactly the steps of domain.md §3, bijsturen included', () => {
    expect(OVERGANGEN.map((s) => `${s.van} → ${s.naar}`)).toEqual([
      'voorbereiding → gepland',
      'gepland → gehouden',
      'gehouden → afspraken_vastgelegd',
      'afspraken_vastgelegd → monitoring',
      'monitoring → gepland',
      'monitoring → afgerond',
    ]);
    expect(volgendeStappen('afgerond')).toEqual([]);
  });

  it('refuses every step that is not in the table, from every status to every status', () => {
    const aanleidingen: Aanleiding[] = ['planning', 'verslag', 'afspraken', 'plannen_bevestigd', 'bijsturen', 'afronding'];
    for (const van of TAFEL_STATUSSEN) {
      for (const naar of TAFEL_STATUSSEN) {
        for (const aanleiding of aanleidingen) {
          const bestaat = OVERGANGEN.some((s) => s.van === van && s.naar === naar && s.aanleiding === aanleiding);
          if (!bestaat) expect(beoordeel(tafel(van), naar, aanleiding, behandelaar, {}).uitkomst).toBe('geweigerd');
        }
      }
    }
  });

  it.each([
    ['clientvertegenwoordiger', true],
    ['gast', true],
    ['gemeente', false],
    ['aanbieder', false],
    ['jurist', false],
  ] as const)('%s is on the client side: %s', (rol, verwacht) => {
    expect(isClientzijde(rol)).toBe(verwacht);
  });
});
