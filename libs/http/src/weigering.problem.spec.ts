import { BestaatAl, NietBeschikbaar, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, TeGroot } from '@koers/domain';
import { problemVoor } from './weigering.problem';

describe('domain refusals as problem+json', () => {
  it.each([
    [
      'OngeldigeInvoer → 400 with every field',
      new OngeldigeInvoer([{ naam: 'reden', code: 'verplicht', reden: "een signaal naar 'afgewezen' brengen vraagt om een reden" }]),
      {
        type: 'urn:nl-koers:probleem:ongeldige-invoer',
        title: 'Ongeldige invoer',
        status: 400,
        detail: "De invoer klopt niet: reden (een signaal naar 'afgewezen' brengen vraagt om een reden)",
        invalidParams: [{ name: 'reden', code: 'verplicht', reason: "een signaal naar 'afgewezen' brengen vraagt om een reden" }],
      },
    ],
    [
      'NietBevoegd → 403 typed by its code',
      new NietBevoegd('Alleen de behandelaar van het signaal vult het dossier aan.', 'niet-bevoegd'),
      { type: 'urn:nl-koers:probleem:niet-bevoegd', title: 'Geen toegang', status: 403, detail: 'Alleen de behandelaar van het signaal vult het dossier aan.' },
    ],
    [
      'NietBevoegd without a code → 403 geen-toegang',
      new NietBevoegd("Met uw rol kunt u geen signaal met bron 'contractdoel' indienen."),
      { type: 'urn:nl-koers:probleem:geen-toegang', title: 'Geen toegang', status: 403, detail: "Met uw rol kunt u geen signaal met bron 'contractdoel' indienen." },
    ],
    [
      'NietGevonden → 404',
      new NietGevonden('Signaal 42'),
      { type: 'urn:nl-koers:probleem:niet-gevonden', title: 'Niet gevonden', status: 404, detail: 'Signaal 42 bestaat niet of is niet zichtbaar voor u.' },
    ],
    [
      'Statusconflict → 409 with huidigeStatus and ontbreekt',
      new Statusconflict("Het signaal heeft status 'in_voorbereiding'; voor 'consensus_gevraagd' ontbreekt: x.", 'in_voorbereiding', ['x']),
      {
        type: 'urn:nl-koers:probleem:ongeldige-statusovergang',
        title: 'Deze stap is nu niet toegestaan',
        status: 409,
        detail: "Het signaal heeft status 'in_voorbereiding'; voor 'consensus_gevraagd' ontbreekt: x.",
        huidigeStatus: 'in_voorbereiding',
        ontbreekt: ['x'],
      },
    ],
    [
      'BestaatAl → 409 conflict',
      new BestaatAl("De code 'X' is al in gebruik; kies een andere."),
      { type: 'urn:nl-koers:probleem:conflict', title: 'Conflict', status: 409, detail: "De code 'X' is al in gebruik; kies een andere." },
    ],
    [
      'TeGroot → 413',
      new TeGroot('Het bestand is groter dan 10 bytes.'),
      { type: 'urn:nl-koers:probleem:verzoek-te-groot', title: 'Verzoek te groot', status: 413, detail: 'Het bestand is groter dan 10 bytes.' },
    ],
  ])('%s', (_naam, weigering, body) => {
    expect(problemVoor(weigering).toProblem()).toEqual(body);
  });

  it('answers an unavailable dependency with 503 and Retry-After', () => {
    const problem = problemVoor(new NietBeschikbaar('monitoring-onbereikbaar', 'Monitoring is niet bereikbaar', 'Probeer het over een minuut opnieuw.'));
    expect(problem.toProblem()).toEqual({
      type: 'urn:nl-koers:probleem:monitoring-onbereikbaar',
      title: 'Monitoring is niet bereikbaar',
      status: 503,
      detail: 'Probeer het over een minuut opnieuw.',
    });
    expect(problem.headers).toEqual({ 'Retry-After': '60' });
  });
});
