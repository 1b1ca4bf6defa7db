import { BestaatAl, NietBevoegd, OngeldigeInvoer, Statusconflict, Weigering } from '../weigering/weigeringen';
import { Levensloop } from './levensloop';
import type { Declaratie } from './levensloop.types';

// A small life cycle shaped like a pilot's: several who for one step, a requirement that names several missing things.
type Status = 'concept' | 'ter_toetsing' | 'goedgekeurd' | 'gestart' | 'gestopt';
type Aanleiding = 'verzoek' | 'toetsing';
type Wie = 'indiener' | 'jurist' | 'systeem';
type Eis = 'toelichting' | 'voorwaarden' | 'twee_toetsingen';
interface Pilot {
  status: Status;
  indiener: string;
}
type Actor = { sub: string; rol: 'aanbieder' | 'jurist' } | 'systeem';
interface Feiten {
  toelichting?: string;
  voorwaarden?: Record<string, boolean>;
  toetsingen?: number;
}

const declaratie: Declaratie<Status, Aanleiding, Wie, Eis, Pilot, Actor, Feiten> = {
  onderwerp: { naam: 'pilot', lidwoord: 'de' },
  statussen: ['concept', 'ter_toetsing', 'goedgekeurd', 'gestart', 'gestopt'],
  stappen: [
    { van: 'concept', naar: 'ter_toetsing', aanleiding: 'verzoek', wie: 'indiener', eisen: ['toelichting'] },
    { van: 'ter_toetsing', naar: 'goedgekeurd', aanleiding: 'toetsing', wie: 'jurist', eisen: ['twee_toetsingen'] },
    { van: 'goedgekeurd', naar: 'gestart', aanleiding: 'verzoek', wie: ['indiener', 'systeem'], eisen: ['voorwaarden'] },
    { van: 'gestart', naar: 'gestopt', aanleiding: 'verzoek', wie: ['indiener', 'jurist'], eisen: ['toelichting'] },
  ],
  aanleidingen: { verzoek: 'via POST /v1/pilots/{id}/stappen', toetsing: 'door de toetsing af te ronden' },
  wie: {
    indiener: { omschrijving: 'de indiener', mag: (pilot, actor) => actor !== 'systeem' && actor.sub === pilot.indiener },
    jurist: { omschrijving: 'een jurist die niet de indiener is', mag: (pilot, actor) => actor !== 'systeem' && actor.rol === 'jurist' && actor.sub !== pilot.indiener },
    systeem: { omschrijving: 'Koers zelf', mag: (_pilot, actor) => actor === 'systeem' },
  },
  eisen: {
    toelichting: {
      omschrijving: 'een toelichting',
      veld: { naam: 'toelichting', reden: (naar) => `naar '${naar}' vraagt om een toelichting` },
      voldaan: (feiten) => Boolean(feiten.toelichting?.trim()),
    },
    voorwaarden: {
      omschrijving: 'alle vijf voorwaarden',
      ontbreekt: (feiten) =>
        ['betrokkenheid', 'normen', 'opt-in', 'rechtsbescherming', 'toetsing'].filter((v) => !feiten.voorwaarden?.[v]).map((v) => `voorwaarde ${v}`),
    },
    twee_toetsingen: { omschrijving: 'een juridische en een ethische toetsing', voldaan: (feiten) => (feiten.toetsingen ?? 0) >= 2 },
  },
};

const pilots = new Levensloop(declaratie);
const indiener: Actor = { sub: 'anna', rol: 'aanbieder' };
const jurist: Actor = { sub: 'jan', rol: 'jurist' };
const pilot = (status: Status): Pilot => ({ status, indiener: 'anna' });
const alleVoorwaarden = { betrokkenheid: true, normen: true, 'opt-in': true, rechtsbescherming: true, toetsing: true };

describe('Levensloop: a step that is not in the table does not exist', () => {
  it('refuses it naming the current state and where it can go', () => {
    expect(pilots.beoordeel(pilot('concept'), 'gestart', 'verzoek', indiener, {})).toEqual({
      uitkomst: 'geweigerd',
      reden: "Een pilot met status 'concept' kan niet naar 'gestart'. Vanuit 'concept' kan hij alleen naar: ter_toetsing.",
      huidigeStatus: 'concept',
      ontbreekt: [],
    });
  });

  it('names an end state as such', () => {
    const oordeel = pilots.beoordeel(pilot('gestopt'), 'gestart', 'verzoek', indiener, { toelichting: 'x' });
    expect(oordeel).toMatchObject({ uitkomst: 'geweigerd', huidigeStatus: 'gestopt', reden: "Een pilot met status 'gestopt' kan niet naar 'gestart'. 'gestopt' is een eindstatus." });
  });

  it('refers to a het-word with het, and takes the declared pronoun', () => {
    const signaal = new Levensloop({ ...declaratie, onderwerp: { naam: 'voorstel', lidwoord: 'het' } });
    expect(signaal.beoordeel(pilot('concept'), 'gestart', 'verzoek', indiener, {})).toMatchObject({ reden: expect.stringContaining("Vanuit 'concept' kan het alleen naar") });
    const toestemming = new Levensloop({ ...declaratie, onderwerp: { naam: 'toestemming', lidwoord: 'de', voornaamwoord: 'zij' } });
    expect(toestemming.beoordeel(pilot('concept'), 'gestart', 'verzoek', indiener, {})).toMatchObject({ reden: expect.stringContaining('kan zij alleen') });
  });

  it('lists the next steps of a status, none from an end state', () => {
    expect(pilots.volgendeStappen('goedgekeurd').map((s) => s.naar)).toEqual(['gestart']);
    expect(pilots.volgendeStappen('gestopt')).toEqual([]);
    expect(pilots.stappen).toHaveLength(4);
  });
});

describe('Levensloop: verdicts in order — aanleiding, wie, input, requirements', () => {
  it('refuses a step taken the wrong way, naming how it is taken and what it needs', () => {
    expect(pilots.beoordeel(pilot('ter_toetsing'), 'goedgekeurd', 'verzoek', jurist, { toetsingen: 2 })).toEqual({
      uitkomst: 'geweigerd',
      reden: "Van 'ter_toetsing' naar 'goedgekeurd' gaat door de toetsing af te ronden.",
      huidigeStatus: 'ter_toetsing',
      ontbreekt: ['een juridische en een ethische toetsing'],
    });
  });

  it('is niet_bevoegd for someone who is not who the step names', () => {
    expect(pilots.beoordeel(pilot('concept'), 'ter_toetsing', 'verzoek', jurist, { toelichting: 'x' })).toEqual({
      uitkomst: 'niet_bevoegd',
      reden: "Van 'concept' naar 'ter_toetsing' mag alleen de indiener.",
    });
    // The proposer is no reviewer of their own pilot.
    expect(pilots.beoordeel(pilot('ter_toetsing'), 'goedgekeurd', 'toetsing', { sub: 'anna', rol: 'jurist' }, { toetsingen: 2 }).uitkomst).toBe('niet_bevoegd');
  });

  it('lets any one of several who take a step, and names them all when nobody fits', () => {
    expect(pilots.beoordeel(pilot('goedgekeurd'), 'gestart', 'verzoek', 'systeem', { voorwaarden: alleVoorwaarden }).uitkomst).toBe('toegestaan');
    expect(pilots.beoordeel(pilot('goedgekeurd'), 'gestart', 'verzoek', indiener, { voorwaarden: alleVoorwaarden }).uitkomst).toBe('toegestaan');
    expect(pilots.beoordeel(pilot('goedgekeurd'), 'gestart', 'verzoek', jurist, { voorwaarden: alleVoorwaarden })).toEqual({
      uitkomst: 'niet_bevoegd',
      reden: "Van 'goedgekeurd' naar 'gestart' mag alleen de indiener of Koers zelf.",
    });
  });

  it('is onvolledig when a field of the request is missing or blank, naming the field', () => {
    for (const feiten of [{}, { toelichting: '  ' }]) {
      expect(pilots.beoordeel(pilot('concept'), 'ter_toetsing', 'verzoek', indiener, feiten)).toEqual({
        uitkomst: 'onvolledig',
        velden: [{ naam: 'toelichting', code: 'verplicht', reden: "naar 'ter_toetsing' vraagt om een toelichting" }],
      });
    }
    const vast = new Levensloop({ ...declaratie, eisen: { ...declaratie.eisen, toelichting: { ...declaratie.eisen.toelichting, veld: { naam: 'toelichting', reden: 'geef een toelichting' } } } });
    expect(vast.beoordeel(pilot('gestart'), 'gestopt', 'verzoek', jurist, {})).toMatchObject({ velden: [{ reden: 'geef een toelichting' }] });
  });

  it('judges who before the input, and the input before the other requirements', () => {
    expect(pilots.beoordeel(pilot('concept'), 'ter_toetsing', 'verzoek', jurist, {}).uitkomst).toBe('niet_bevoegd');
    const beide = new Levensloop({
      ...declaratie,
      stappen: [{ van: 'concept', naar: 'ter_toetsing', aanleiding: 'verzoek', wie: 'indiener', eisen: ['voorwaarden', 'toelichting'] }],
    });
    expect(beide.beoordeel(pilot('concept'), 'ter_toetsing', 'verzoek', indiener, {}).uitkomst).toBe('onvolledig');
  });

  it('is geweigerd with every missing thing when requirements do not hold — one requirement may name several', () => {
    const oordeel = pilots.beoordeel(pilot('goedgekeurd'), 'gestart', 'verzoek', indiener, { voorwaarden: { betrokkenheid: true, normen: true, toetsing: true } });
    expect(oordeel).toEqual({
      uitkomst: 'geweigerd',
      reden: "De pilot heeft status 'goedgekeurd'; voor 'gestart' ontbreekt: voorwaarde opt-in; voorwaarde rechtsbescherming.",
      huidigeStatus: 'goedgekeurd',
      ontbreekt: ['voorwaarde opt-in', 'voorwaarde rechtsbescherming'],
    });
    expect(pilots.beoordeel(pilot('ter_toetsing'), 'goedgekeurd', 'toetsing', jurist, { toetsingen: 1 })).toMatchObject({
      uitkomst: 'geweigerd',
      ontbreekt: ['een juridische en een ethische toetsing'],
    });
  });

  it('is toegestaan when everything holds, with the step from the table', () => {
    expect(pilots.beoordeel(pilot('ter_toetsing'), 'goedgekeurd', 'toetsing', jurist, { toetsingen: 2 })).toEqual({ uitkomst: 'toegestaan', stap: declaratie.stappen[1] });
  });

  it('hands the record to the requirements as well as the facts', () => {
    const metToestand = new Levensloop({
      ...declaratie,
      eisen: { ...declaratie.eisen, twee_toetsingen: { omschrijving: 'een indiener', voldaan: (_feiten, toestand) => toestand.indiener !== '' } },
    });
    expect(metToestand.beoordeel({ status: 'ter_toetsing', indiener: '' }, 'goedgekeurd', 'toetsing', jurist, {})).toMatchObject({ ontbreekt: ['een indiener'] });
  });
});

describe('Levensloop: toegestaneStap throws the refusal of its verdict', () => {
  const gooit = (doe: () => unknown): Weigering => {
    try {
      doe();
    } catch (error) {
      return error as Weigering;
    }
    throw new Error('no refusal');
  };

  it('returns the step when allowed', () => {
    expect(pilots.toegestaneStap(pilot('concept'), 'ter_toetsing', 'verzoek', indiener, { toelichting: 'klaar' })).toBe(declaratie.stappen[0]);
  });

  it('onvolledig → OngeldigeInvoer with the fields', () => {
    const weigering = gooit(() => pilots.toegestaneStap(pilot('concept'), 'ter_toetsing', 'verzoek', indiener, {}));
    expect(weigering).toBeInstanceOf(OngeldigeInvoer);
    expect((weigering as OngeldigeInvoer).velden).toEqual([{ naam: 'toelichting', code: 'verplicht', reden: "naar 'ter_toetsing' vraagt om een toelichting" }]);
    expect(weigering.reden).toBe("De invoer klopt niet: toelichting (naar 'ter_toetsing' vraagt om een toelichting)");
  });

  it('niet_bevoegd → NietBevoegd', () => {
    const weigering = gooit(() => pilots.toegestaneStap(pilot('concept'), 'ter_toetsing', 'verzoek', jurist, { toelichting: 'x' }));
    expect(weigering).toBeInstanceOf(NietBevoegd);
    expect(weigering).toMatchObject({ code: 'niet-bevoegd', reden: "Van 'concept' naar 'ter_toetsing' mag alleen de indiener." });
  });

  it('geweigerd → Statusconflict with the current state and what is missing', () => {
    const weigering = gooit(() => pilots.toegestaneStap(pilot('goedgekeurd'), 'gestart', 'verzoek', indiener, {}));
    expect(weigering).toBeInstanceOf(Statusconflict);
    expect(weigering).toMatchObject({ huidigeStatus: 'goedgekeurd', ontbreekt: expect.arrayContaining(['voorwaarde normen']) });
    expect(weigering).not.toBeInstanceOf(BestaatAl);
  });
});

describe('Levensloop: a table that cannot be right is refused when declared', () => {
  const met = (stappen: Declaratie<Status, Aanleiding, Wie, Eis, Pilot, Actor, Feiten>['stappen']) => () => new Levensloop({ ...declaratie, stappen });

  it.each([
    ['an unknown status', [{ van: 'concept', naar: 'onbekend' as Status, aanleiding: 'verzoek', wie: 'indiener', eisen: [] }], 'unknown status'],
    ['a step twice', [declaratie.stappen[0], { ...declaratie.stappen[0], wie: 'jurist' }], 'declared twice'],
    ['nobody who may take it', [{ ...declaratie.stappen[0], wie: [] }], 'names nobody'],
    ['somebody without a rule', [{ ...declaratie.stappen[0], wie: 'bestuur' as Wie }], 'names nobody'],
    ['a requirement without a rule', [{ ...declaratie.stappen[0], eisen: ['geld' as Eis] }], 'requirement without a rule'],
    ['an undescribed aanleiding', [{ ...declaratie.stappen[0], aanleiding: 'telefoon' as Aanleiding }], 'undescribed aanleiding'],
  ] as const)('%s', (_naam, stappen, melding) => {
    expect(met(stappen as never)).toThrow(melding);
  });
});
