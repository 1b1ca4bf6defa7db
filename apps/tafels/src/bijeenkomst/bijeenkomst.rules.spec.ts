import { OngeldigeInvoer, Statusconflict } from '@koers/domain';
import type { Actor, TafelStatus } from '../tafel/tafel.rules';
import { BIJEENKOMST_LEVENSLOOP, BijeenkomstStatus, Genodigde, leesTijden, onderwerpVan, ontvangers, planStap, weigerZonderPlek } from './bijeenkomst.rules';

const behandelaar: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'] };
const andereGemeente: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'] };

const velden = (doe: () => unknown) => {
  try {
    doe();
  } catch (fout) {
    if (fout instanceof OngeldigeInvoer) return fout.velden.map((v) => `${v.naam}:${v.code}`);
    throw fout;
  }
  return [];
};

describe('the life cycle of a meeting', () => {
  const bijeenkomst = (status: BijeenkomstStatus) => ({ status, behandelaarSub: 'sub-weert' });
  it.each<[string, BijeenkomstStatus, BijeenkomstStatus, 'verplaatsen' | 'annuleren' | 'verslag', Actor, { begonnen?: boolean }, string]>([
    ['the behandelaar moves a planned meeting', 'gepland', 'gepland', 'verplaatsen', behandelaar, {}, 'toegestaan'],
    ['the behandelaar cancels a planned meeting', 'gepland', 'geannuleerd', 'annuleren', behandelaar, {}, 'toegestaan'],
    ['minutes once the meeting began', 'gepland', 'gehouden', 'verslag', behandelaar, { begonnen: true }, 'toegestaan'],
    ['no minutes before the meeting began', 'gepland', 'gehouden', 'verslag', behandelaar, { begonnen: false }, 'geweigerd'],
    ['another gemeente user does not move it', 'gepland', 'gepland', 'verplaatsen', andereGemeente, {}, 'niet_bevoegd'],
    ['Koers itself does not cancel it', 'gepland', 'geannuleerd', 'annuleren', { soort: 'systeem' }, {}, 'niet_bevoegd'],
    ['a held meeting is not moved', 'gehouden', 'gepland', 'verplaatsen', behandelaar, {}, 'geweigerd'],
    ['a held meeting is not cancelled', 'gehouden', 'geannuleerd', 'annuleren', behandelaar, {}, 'geweigerd'],
    ['a cancelled meeting is not moved', 'geannuleerd', 'gepland', 'verplaatsen', behandelaar, {}, 'geweigerd'],
    ['a cancelled meeting gets no minutes', 'geannuleerd', 'gehouden', 'verslag', behandelaar, { begonnen: true }, 'geweigerd'],
  ])('%s', (_wat, van, naar, aanleiding, actor, feiten, uitkomst) => {
    expect(BIJEENKOMST_LEVENSLOOP.beoordeel(bijeenkomst(van), naar, aanleiding, actor, feiten).uitkomst).toBe(uitkomst);
  });

  it('names the state of a meeting that cannot move', () => {
    expect(BIJEENKOMST_LEVENSLOOP.beoordeel(bijeenkomst('gehouden'), 'gepland', 'verplaatsen', behandelaar, {})).toMatchObject({
      huidigeStatus: 'gehouden',
      reden: expect.stringContaining("status 'gehouden'"),
    });
  });
});

describe('what planning a meeting means for the table', () => {
  it.each<[TafelStatus, ReturnType<typeof planStap>]>([
    ['voorbereiding', { naar: 'gepland', aanleiding: 'planning' }],
    ['monitoring', { naar: 'gepland', aanleiding: 'bijsturen' }],
    ['gepland', null],
    ['gehouden', null],
  ])('from %s', (status, stap) => {
    expect(planStap(status)).toEqual(stap);
  });
  it.each<TafelStatus>(['afspraken_vastgelegd', 'afgerond'])('is refused from %s, naming the status', (status) => {
    expect(() => planStap(status)).toThrow(expect.objectContaining({ huidigeStatus: status }) as unknown as Statusconflict);
  });
});

describe('start and end of a meeting', () => {
  const nu = new Date('2026-03-01T09:00:00Z');
  it('reads both in Dutch time', () => {
    expect(leesTijden({ start: '2026-03-02T10:00', eind: '2026-03-02T12:00' }, nu)).toEqual({ start: new Date('2026-03-02T09:00:00Z'), eind: new Date('2026-03-02T11:00:00Z') });
  });
  it('refuses a start that has passed (or is now), an end on or before the start, and times that are no times', () => {
    expect(velden(() => leesTijden({ start: '2026-03-01T10:00:00+01:00', eind: '2026-03-01T12:00' }, nu))).toEqual(['start:verleden']);
    expect(velden(() => leesTijden({ start: '2026-03-02T10:00', eind: '2026-03-02T10:00' }, nu))).toEqual(['eind:voor-start']);
    expect(velden(() => leesTijden({ start: '2026-03-02T10:00', eind: '2026-03-02T09:00' }, nu))).toEqual(['eind:voor-start']);
    expect(velden(() => leesTijden({ start: 'morgen', eind: '2026-03-29T02:30' }, nu))).toEqual(['start:ongeldig-tijdstip', 'eind:bestaat-niet']);
  });
  it('lets a move that keeps the start of a meeting under way change its end', () => {
    expect(velden(() => leesTijden({ start: '2026-03-01T09:30', eind: '2026-03-01T13:00' }, nu, { startMoetKomen: false }))).toEqual([]);
  });
  it('wants a place or a link', () => {
    expect(velden(() => weigerZonderPlek({ plaats: ' ', onlineLink: null }))).toEqual(['plaats:plaats-of-link', 'onlineLink:plaats-of-link']);
    expect(velden(() => weigerZonderPlek({ plaats: 'Stadhuis Weert' }))).toEqual([]);
    expect(velden(() => weigerZonderPlek({ onlineLink: 'https://meet.example.nl/x' }))).toEqual([]);
  });
});

describe('the subject of an invitation', () => {
  it('is the problem statement, cut at a word to at most 120 characters', () => {
    const lang = 'Jongeren in Weert wachten langer dan twaalf weken op een intake bij de jeugd-GGZ, terwijl de norm in het koersdocument zes weken is en ouders melden dat het thuis vastloopt.';
    const onderwerp = onderwerpVan(lang);
    expect(onderwerp.length).toBeLessThanOrEqual(120);
    expect(onderwerp).toBe('Jongeren in Weert wachten langer dan twaalf weken op een intake bij de jeugd-GGZ, terwijl de norm in het koersdocument…');
    expect(onderwerpVan('  Kort\n probleem. ')).toBe('Kort probleem.');
  });
});

describe('who receives an invitation', () => {
  const gemeente: Genodigde = { rol: 'gemeente', sub: 'sub-weert', organisatie: null, toegevoegdDoorSub: 'sub-weert' };
  const client: Genodigde = { rol: 'clientvertegenwoordiger', sub: 'sub-client', organisatie: null, toegevoegdDoorSub: 'sub-weert' };
  const client2: Genodigde = { rol: 'clientvertegenwoordiger', sub: 'sub-client-2', organisatie: null, toegevoegdDoorSub: 'sub-weert' };
  const gast = (door: string): Genodigde => ({ rol: 'gast', sub: null, organisatie: 'clientenraad-mlw', toegevoegdDoorSub: door });
  const kv = [
    { sub: 'sub-client', organisatie: 'clientenraad-mlw' },
    { sub: 'sub-client-2', organisatie: 'clientenraad-mlw' },
    { sub: 'sub-jongerenraad', organisatie: 'jongerenraad' },
  ];

  it('is every user at the table once, and the one who brought guests for each of them', () => {
    expect(ontvangers([gemeente, client, gast('sub-client'), gast('sub-client')], kv)).toEqual([
      { sub: 'sub-weert', rol: 'gemeente' },
      { sub: 'sub-client', rol: 'clientvertegenwoordiger', namensGasten: 2 },
    ]);
  });

  it('includes a client representative who brought a guest without sitting at the table themselves', () => {
    expect(ontvangers([gemeente, gast('sub-client')], kv)).toEqual([
      { sub: 'sub-weert', rol: 'gemeente' },
      { sub: 'sub-client', rol: 'clientvertegenwoordiger', namensGasten: 1 },
    ]);
  });

  it('sends a guest’s invitation to the organisation’s other client representative at the table when the one who brought them left', () => {
    expect(ontvangers([gemeente, client2, gast('sub-vertrokken')], kv)).toEqual([
      { sub: 'sub-weert', rol: 'gemeente' },
      { sub: 'sub-client-2', rol: 'clientvertegenwoordiger', namensGasten: 1 },
    ]);
  });

  it('sends it to nobody when no client representative of that organisation is left at the table', () => {
    const jongerenraad: Genodigde = { rol: 'clientvertegenwoordiger', sub: 'sub-jongerenraad', organisatie: null, toegevoegdDoorSub: 'sub-weert' };
    expect(ontvangers([gemeente, jongerenraad, gast('sub-vertrokken')], kv)).toEqual([
      { sub: 'sub-weert', rol: 'gemeente' },
      { sub: 'sub-jongerenraad', rol: 'clientvertegenwoordiger' },
    ]);
  });

  it('does not count one who moved to another organisation as the guest’s', () => {
    expect(ontvangers([gemeente, gast('sub-jongerenraad')], kv)).toEqual([{ sub: 'sub-weert', rol: 'gemeente' }]);
  });
});
