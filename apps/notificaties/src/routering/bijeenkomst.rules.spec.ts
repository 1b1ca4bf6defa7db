import {
  BIJEENKOMST_GEANNULEERD_V1,
  BIJEENKOMST_GEHOUDEN_V1,
  BIJEENKOMST_GEPLAND_V1,
  BIJEENKOMST_VERPLAATST_V1,
  createCloudEvent,
} from '@koers/contracts';
import { BIJEENKOMST_ROUTERING, bijeenkomstEventTypes, isVerouderd, kalenderUid, Uitnodiging } from './bijeenkomst.rules';
import { ROUTERING } from './routering.rules';

const TAFEL = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const BIJEENKOMST = '5d2f1a3b-7c4e-4f6a-8b9c-0d1e2f3a4b5c';
const MLW = 'midden-limburg-west';
const ids = { tafelId: TAFEL, bijeenkomstId: BIJEENKOMST, regio: MLW };

const uitnodiging = (extra: Partial<Uitnodiging> = {}): Uitnodiging => ({
  ...ids,
  onderwerp: 'Wachttijd jeugdhulp loopt op.',
  start: '2026-12-08T10:00:00+01:00',
  eind: '2026-12-08T12:00:00+01:00',
  plaats: 'Stadhuis Weert, zaal 2',
  agenda: 'Het dossier en wat er nodig is.',
  status: 'gepland',
  volgnummer: 0,
  ontvangers: [
    { sub: 'sub-gemeente', rol: 'gemeente' },
    { sub: 'sub-aanbieder', rol: 'aanbieder' },
    { sub: 'sub-client', rol: 'clientvertegenwoordiger', namensGasten: 2 },
  ],
  portaalPad: `/tafels/${TAFEL}/bijeenkomsten/${BIJEENKOMST}`,
  ...extra,
});

const event = (type: string, data: object) => createCloudEvent({ type, source: 'urn:test', regio: MLW, data: { ...ids, ...data } }) as never;
const gepland = (volgnummer = 0) => event(BIJEENKOMST_GEPLAND_V1, { start: '2026-12-08T09:00:00Z', eind: '2026-12-08T11:00:00Z', volgnummer, geplandOp: '2026-12-01T08:00:00Z' });
const verplaatst = (volgnummer = 1) => event(BIJEENKOMST_VERPLAATST_V1, { start: '2026-12-10T13:00:00Z', eind: '2026-12-10T14:00:00Z', volgnummer, verplaatstOp: '2026-12-02T08:00:00Z' });
const geannuleerd = () => event(BIJEENKOMST_GEANNULEERD_V1, { volgnummer: 2, geannuleerdOp: '2026-12-03T08:00:00Z' });
const gehouden = (reactiesTot: string) => event(BIJEENKOMST_GEHOUDEN_V1, { reactiesTot, vastgelegdOp: '2026-12-08T15:00:00Z' });

/** Plain Dutch: no codes, ids or event types in what people read. */
const zonderJargon = (tekst: string) => expect(tekst).not.toMatch(/GM\d{4}|nl\.koers\.|_|[0-9a-f]{8}-[0-9a-f]{4}/);

describe('routering: bijeenkomst gepland', () => {
  const routes = BIJEENKOMST_ROUTERING[BIJEENKOMST_GEPLAND_V1](gepland(), uitnodiging());

  it('invites everyone tafels names, by Keycloak id and role, in category tafels', () => {
    expect(routes.flatMap((r) => r.ontvangers)).toEqual([
      { rol: 'gemeente', sub: 'sub-gemeente' },
      { rol: 'aanbieder', sub: 'sub-aanbieder' },
      { rol: 'clientvertegenwoordiger', sub: 'sub-client' },
    ]);
    expect(routes.every((r) => r.categorie === 'tafels' && r.groep.sleutel === 'tafel-uitnodiging')).toBe(true);
  });

  it('says when and where in Dutch time, plainly, and links to the meeting', () => {
    const { bericht } = routes[0];
    expect(bericht.titel).toBe("Uitnodiging: koerstafel 'Wachttijd jeugdhulp loopt op' op dinsdag 8 december 2026");
    expect(bericht.tekst).toContain("U bent uitgenodigd voor een bijeenkomst van de koerstafel 'Wachttijd jeugdhulp loopt op'. Wanneer: dinsdag 8 december 2026 van 10:00 tot 12:00 uur. Waar: Stadhuis Weert, zaal 2.");
    expect(bericht.tekst).toContain('Op de agenda: Het dossier en wat er nodig is.');
    expect(bericht.tekst).toContain('Laat in Koers weten of u komt.');
    zonderJargon(bericht.tekst);
    expect(bericht).toMatchObject({ link: `/tafels/${TAFEL}/bijeenkomsten/${BIJEENKOMST}`, actie: 'Laat weten of u komt' });
  });

  it('carries the meeting for the calendar: REQUEST, the stable UID, SEQUENCE from tafels, the instants', () => {
    expect(routes[0].kalender).toMatchObject({
      uid: `${BIJEENKOMST}@koers`,
      methode: 'REQUEST',
      volgnummer: 0,
      start: new Date('2026-12-08T09:00:00Z'),
      eind: new Date('2026-12-08T11:00:00Z'),
      plaats: 'Stadhuis Weert, zaal 2',
      gewijzigdOp: new Date('2026-12-01T08:00:00Z'),
    });
    expect(routes[0].kalender?.opmerking).toBeUndefined();
  });

  it('asks the client representative to pass it on to the guests they brought, in the e-mail and the calendar', () => {
    const voorGasten = routes.find((r) => r.ontvangers.some((o) => o.sub === 'sub-client'));
    expect(voorGasten?.ontvangers).toEqual([{ rol: 'clientvertegenwoordiger', sub: 'sub-client' }]);
    expect(voorGasten?.bericht.tekst).toContain('U krijgt deze uitnodiging ook voor de 2 gasten die u heeft aangemeld. Zij krijgen geen e-mail van Koers.');
    expect(voorGasten?.kalender?.opmerking).toContain('de 2 gasten');
    expect(routes[0].bericht.tekst).not.toContain('gasten');
  });

  it('names an online meeting by its link', () => {
    const [route] = BIJEENKOMST_ROUTERING[BIJEENKOMST_GEPLAND_V1](gepland(), uitnodiging({ plaats: undefined, onlineLink: 'https://vergader.example/k' }));
    // No full stop after a link: a mail program would take it as part of the address.
    expect(route.bericht.tekst).toContain('Waar: online, via https://vergader.example/k Op de agenda');
    expect(route.kalender?.onlineLink).toBe('https://vergader.example/k');
  });

  it('invites nobody when tafels names nobody', () => {
    expect(BIJEENKOMST_ROUTERING[BIJEENKOMST_GEPLAND_V1](gepland(), uitnodiging({ ontvangers: [] }))).toEqual([]);
  });
});

describe('routering: bijeenkomst verplaatst en geannuleerd', () => {
  it('sends the changed invitation with the same UID and the raised SEQUENCE', () => {
    const [route] = BIJEENKOMST_ROUTERING[BIJEENKOMST_VERPLAATST_V1](
      verplaatst(),
      uitnodiging({ start: '2026-12-10T14:00:00+01:00', eind: '2026-12-10T15:00:00+01:00', volgnummer: 1 }),
    );
    expect(route.bericht.titel).toBe("Gewijzigd: koerstafel 'Wachttijd jeugdhulp loopt op' is nu op donderdag 10 december 2026");
    expect(route.bericht.tekst).toContain('Dit is de nieuwe afspraak: donderdag 10 december 2026 van 14:00 tot 15:00 uur.');
    expect(route.kalender).toMatchObject({ uid: kalenderUid(BIJEENKOMST), methode: 'REQUEST', volgnummer: 1, gewijzigdOp: new Date('2026-12-02T08:00:00Z') });
  });

  it('cancels with CANCEL and the same UID, and asks to tell the guests', () => {
    const routes = BIJEENKOMST_ROUTERING[BIJEENKOMST_GEANNULEERD_V1](geannuleerd(), uitnodiging({ status: 'geannuleerd', volgnummer: 2 }));
    expect(routes.map((r) => r.kalender?.methode)).toEqual(['CANCEL', 'CANCEL']);
    expect(routes[0].kalender).toMatchObject({ uid: kalenderUid(BIJEENKOMST), volgnummer: 2 });
    expect(routes[0].bericht.titel).toBe("Gaat niet door: koerstafel 'Wachttijd jeugdhulp loopt op' op dinsdag 8 december 2026");
    expect(routes[0].bericht.tekst).toContain('gaat niet door');
    expect(routes[1].bericht.tekst).toContain('Wilt u dit ook doorgeven aan de 2 gasten die u heeft aangemeld?');
    zonderJargon(routes[0].bericht.tekst);
  });

  it('sends nothing for an event older than the meeting tafels has now (a newer event brings it)', () => {
    expect(isVerouderd(gepland(0), uitnodiging({ volgnummer: 1 }))).toBe(true);
    expect(isVerouderd(gepland(0), uitnodiging({ volgnummer: 0 }))).toBe(false);
    expect(isVerouderd(verplaatst(1), uitnodiging({ volgnummer: 1 }))).toBe(false);
    expect(isVerouderd(gehouden('2026-12-15T23:00:00Z'), uitnodiging({ volgnummer: 3, status: 'gehouden' }))).toBe(false);
  });
});

describe('routering: bijeenkomst gehouden (het conceptverslag)', () => {
  it('tells every participant the concept minutes are ready and until when they can react, in Dutch', () => {
    const routes = BIJEENKOMST_ROUTERING[BIJEENKOMST_GEHOUDEN_V1](gehouden('2026-12-15T23:00:00Z'), uitnodiging({ status: 'gehouden' }));
    expect(routes.flatMap((r) => r.ontvangers.map((o) => o.sub))).toEqual(['sub-gemeente', 'sub-aanbieder', 'sub-client']);
    // 23:00 UTC is midnight in the Netherlands: "before Wednesday 16 December".
    expect(routes[0].bericht.titel).toBe('Het conceptverslag staat klaar — reageer vóór woensdag 16 december 2026');
    expect(routes[0].bericht).toMatchObject({ link: `/tafels/${TAFEL}/bijeenkomsten/${BIJEENKOMST}`, actie: 'Lees het conceptverslag' });
    expect(routes.every((r) => r.categorie === 'tafels' && !r.kalender)).toBe(true);
    expect(routes[1].bericht.tekst).toContain('de 2 gasten');
    zonderJargon(routes[0].bericht.tekst);
  });

  it('names the time when the term does not end at midnight', () => {
    const [route] = BIJEENKOMST_ROUTERING[BIJEENKOMST_GEHOUDEN_V1](gehouden('2026-12-15T16:00:00Z'), uitnodiging());
    expect(route.bericht.titel).toBe('Het conceptverslag staat klaar — reageer vóór dinsdag 15 december 2026 17:00 uur');
  });
});

describe('the meeting events and the routing table', () => {
  it('are routed by the invitation handler only, not twice by the table of events without a read', () => {
    expect(bijeenkomstEventTypes()).toEqual([BIJEENKOMST_GEPLAND_V1, BIJEENKOMST_VERPLAATST_V1, BIJEENKOMST_GEANNULEERD_V1, BIJEENKOMST_GEHOUDEN_V1]);
    expect(bijeenkomstEventTypes().filter((type) => type in ROUTERING)).toEqual([]);
  });
});
