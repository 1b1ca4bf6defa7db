import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AntwoordFormulier } from './consensusronde';
import { AfwijsFormulier, DossierstukFormulier, inhoudTekst, magNu, RondeFormulier } from './signaal';
import { SignaalFormulier } from './signaal-nieuw';
import { termijnTekst } from './teksten';

const gemeenten = [
  { code: 'GM0988', naam: 'Weert' },
  { code: 'GM1640', naam: 'Leudal' },
];
const indicatoren = [{ code: 'jeugdhulp-totaal', naam: 'Jongeren met jeugdhulp' }];

describe('submitting a signal', () => {
  afterEach(cleanup);

  it('sends what was filled in, with the chosen gemeenten and indicator', async () => {
    const indienen = vi.fn().mockResolvedValue(undefined);
    render(<SignaalFormulier bronnen={['partnerverzoek']} gemeenten={gemeenten} indicatoren={indicatoren} indienen={indienen} bezig={false} />);
    await userEvent.type(screen.getByLabelText('Korte titel'), 'Wachttijd loopt op');
    await userEvent.type(screen.getByLabelText('Wat is er aan de hand?'), 'Jongeren wachten langer dan twaalf weken.');
    await userEvent.click(screen.getByLabelText('Leudal'));
    await userEvent.selectOptions(screen.getByLabelText('Over welk cijfer gaat het? (niet verplicht)'), 'jeugdhulp-totaal');
    await userEvent.click(screen.getByRole('button', { name: 'Signaal indienen' }));
    expect(indienen).toHaveBeenCalledWith({ bron: 'partnerverzoek', titel: 'Wachttijd loopt op', omschrijving: 'Jongeren wachten langer dan twaalf weken.', gemeenten: ['GM1640'], indicatoren: ['jeugdhulp-totaal'] });
    // A provider has one source: no choice is offered.
    expect(screen.queryByLabelText('Waar komt het signaal vandaan?')).toBeNull();
  });

  it('shows each invalidParams reason beside its field, the gemeenten on their group, and keeps the text', async () => {
    const fout = { soort: 'ongeldig' as const, detail: 'Niet alles klopt', velden: { omschrijving: 'omschrijving bevat een telefoonnummer', 'gemeenten': 'kies minstens één gemeente' } };
    const { rerender } = render(<SignaalFormulier bronnen={['contractdoel', 'beleidsinformatie']} gemeenten={gemeenten} indicatoren={indicatoren} indienen={vi.fn()} bezig={false} />);
    await userEvent.type(screen.getByLabelText('Wat is er aan de hand?'), 'Bel 0612345678');
    rerender(<SignaalFormulier bronnen={['contractdoel', 'beleidsinformatie']} gemeenten={gemeenten} indicatoren={indicatoren} indienen={vi.fn()} bezig={false} fout={fout} />);
    const tekstvak = screen.getByLabelText('Wat is er aan de hand?') as HTMLTextAreaElement;
    expect(tekstvak.value).toBe('Bel 0612345678');
    expect(tekstvak.getAttribute('aria-invalid')).toBe('true');
    const reden = screen.getByText('omschrijving bevat een telefoonnummer');
    expect(tekstvak.getAttribute('aria-describedby')).toContain(reden.id);
    const groep = screen.getByRole('group', { name: 'Over welke gemeenten gaat het?' });
    expect(groep.getAttribute('aria-describedby')).toContain(screen.getByText('kies minstens één gemeente').id);
    expect(screen.getByRole('alert').textContent).toContain('Kijk bij de velden wat er mis is');
    expect(screen.getByLabelText('Waar komt het signaal vandaan?')).toBeTruthy();
  });
});

describe('the actions on a signal', () => {
  afterEach(cleanup);

  it('follow the role: a gemeente of the signal takes it up, only its behandelaar prepares it', () => {
    const weert = { naam: 'W', rollen: ['gemeente' as const], regios: ['mlw'], gemeente: 'GM0988', sub: 'sub-weert' };
    const aanbieder = { naam: 'A', rollen: ['aanbieder' as const], regios: ['mlw'], organisatie: 'zorggroep-horizon', sub: 'sub-a' };
    expect(magNu({ status: 'ingediend', gemeenten: ['GM0988'] }, weert)).toEqual({ oppakken: true, afwijzenOfSamenvoegen: true, voorbereiden: false });
    expect(magNu({ status: 'ingediend', gemeenten: ['GM1640'] }, weert)).toEqual({ oppakken: false, afwijzenOfSamenvoegen: false, voorbereiden: false });
    expect(magNu({ status: 'ingediend', gemeenten: ['GM0988'] }, aanbieder).oppakken).toBe(false);
    expect(magNu({ status: 'in_voorbereiding', gemeenten: ['GM0988'], behandelaar: 'sub-weert' }, weert)).toEqual({ oppakken: false, afwijzenOfSamenvoegen: true, voorbereiden: true });
    expect(magNu({ status: 'in_voorbereiding', gemeenten: ['GM0988'], behandelaar: 'iemand-anders' }, weert).voorbereiden).toBe(false);
  });

  it('rejecting sends the reason; the API\'s reason for it is shown beside the field', async () => {
    const afwijzen = vi.fn().mockResolvedValue(undefined);
    const { rerender } = render(<AfwijsFormulier afwijzen={afwijzen} actie={{ bezig: false }} />);
    await userEvent.type(screen.getByLabelText('Waarom wijst u het signaal af?'), 'Dit speelt niet meer');
    await userEvent.click(screen.getByRole('button', { name: 'Signaal afwijzen' }));
    expect(afwijzen).toHaveBeenCalledWith('Dit speelt niet meer');
    rerender(<AfwijsFormulier afwijzen={afwijzen} actie={{ bezig: false, fout: { soort: 'ongeldig', detail: '', velden: { reden: 'geef een reden' } } }} />);
    expect(screen.getByText('geef een reden')).toBeTruthy();
  });

  it('a 409 of the life cycle is said in the API\'s own Dutch', () => {
    render(<AfwijsFormulier afwijzen={vi.fn()} actie={{ bezig: false, fout: { soort: 'conflict', detail: 'Het signaal is consensus_gevraagd: de partijen antwoorden nog.' } }} />);
    expect(screen.getByRole('alert').textContent).toContain('de partijen antwoorden nog');
  });

  it('adds each kind of evidence with the fields of that kind only', async () => {
    const toevoegen = vi.fn().mockResolvedValue(true);
    render(<DossierstukFormulier indicatoren={indicatoren} gemeenten={gemeenten} toevoegen={toevoegen} bezig={false} />);
    await userEvent.selectOptions(screen.getByLabelText('Gemeente'), 'GM0988');
    await userEvent.type(screen.getByLabelText('Perioden'), '2025-Q1, 2025-Q2');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(toevoegen).toHaveBeenLastCalledWith({ soort: 'objectieve_data', indicator: 'jeugdhulp-totaal', gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] });

    await userEvent.selectOptions(screen.getByLabelText('Soort bewijs'), 'ervaringsinformatie');
    expect(screen.queryByLabelText('Perioden')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Wie vertelt?'), 'ouder');
    await userEvent.type(screen.getByLabelText('Wat is er verteld?'), 'Ouders wachten lang op een intake.');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(toevoegen).toHaveBeenLastCalledWith({ soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders wachten lang op een intake.' });

    await userEvent.selectOptions(screen.getByLabelText('Soort bewijs'), 'juridisch_kader');
    await userEvent.type(screen.getByLabelText('Welke regel?'), 'Jeugdwet art. 2.3');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(toevoegen).toHaveBeenLastCalledWith({ soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3' });
  });

  it('shows stored figures as monitoring gave them, small numbers suppressed', () => {
    const tekst = inhoudTekst({ soort: 'objectieve_data', inhoud: { indicator: 'jeugdhulp-totaal', gemeente: 'GM0988', punten: [{ periode: '2025-Q1', weergave: '< 5' }, { periode: '2025-Q2', weergave: '12' }] } });
    expect(tekst).toBe('jeugdhulp-totaal in GM0988; 2025-Q1: < 5, 2025-Q2: 12');
  });
});

describe('asking the parties for consensus', () => {
  afterEach(cleanup);
  const organisaties = [
    { organisatie: 'jeugdhulp-kompas', rol: 'aanbieder' },
    { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
    { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
  ] as const;
  const namen: Record<string, string> = { 'jeugdhulp-kompas': 'Jeugdhulp Kompas', 'zorggroep-horizon': 'Zorggroep Horizon', 'clientenraad-mlw': 'Cliëntenraad Midden-Limburg West' };
  const organisatieNaam = (code: string) => namen[code] ?? code;

  it('offers the region’s organisations to tick by name, with their kind, and sends the ticked codes', async () => {
    const vragen = vi.fn();
    render(<RondeFormulier organisatieNaam={organisatieNaam} organisaties={organisaties} vragen={vragen} actie={{ bezig: false }} />);
    expect(screen.getByRole('group', { name: 'Welke organisaties vraagt u?' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    await userEvent.click(screen.getByLabelText('Cliëntenraad Midden-Limburg West (cliëntenraad)'));
    await userEvent.click(screen.getByLabelText('Zorggroep Horizon (aanbieder)'));
    await userEvent.click(screen.getByRole('button', { name: 'Ronde starten' }));
    expect(vragen).toHaveBeenCalledWith(['zorggroep-horizon', 'clientenraad-mlw']);
  });

  it('asks for at least one before sending anything', async () => {
    const vragen = vi.fn();
    render(<RondeFormulier organisatieNaam={organisatieNaam} organisaties={organisaties} vragen={vragen} actie={{ bezig: false }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ronde starten' }));
    expect(vragen).not.toHaveBeenCalled();
    const groep = screen.getByRole('group', { name: 'Welke organisaties vraagt u?' });
    expect(groep.getAttribute('aria-describedby')).toContain(screen.getByText('Kies minstens één organisatie.').id);
  });

  it('shows the API’s reason for a party beside the organisations', () => {
    const fout = { soort: 'ongeldig' as const, detail: '', velden: { 'partijen.0': 'jeugdhulp-kompas werkt niet meer in de regio' } };
    render(<RondeFormulier organisatieNaam={organisatieNaam} organisaties={organisaties} vragen={vi.fn()} actie={{ bezig: false, fout }} />);
    const groep = screen.getByRole('group', { name: 'Welke organisaties vraagt u?' });
    expect(groep.getAttribute('aria-describedby')).toContain(screen.getByText('jeugdhulp-kompas werkt niet meer in de regio').id);
    expect(screen.getByRole('alert').textContent).toContain('Kijk bij de velden wat er mis is');
  });

  it('says what to do when the region has no organisation to ask yet', () => {
    render(<RondeFormulier organisatieNaam={organisatieNaam} organisaties={[]} vragen={vi.fn()} actie={{ bezig: false }} />);
    expect(screen.queryByRole('button', { name: 'Ronde starten' })).toBeNull();
    expect(screen.getByText(/Vraag de beheerder van uw regio/)).toBeTruthy();
  });
});

describe('answering a consensus round', () => {
  afterEach(cleanup);

  it('sends the reasons of a disagreement one per line, and only the text of the chosen standpunt', async () => {
    const geven = vi.fn().mockResolvedValue(undefined);
    render(<AntwoordFormulier geven={geven} bezig={false} />);
    await userEvent.selectOptions(screen.getByLabelText('Bent u het eens met het signaal en het dossier?'), 'oneens');
    await userEvent.type(screen.getByLabelText('Waarom bent u het oneens?'), 'De cijfers zijn oud{enter}De wachtlijst is al korter');
    await userEvent.click(screen.getByRole('button', { name: 'Antwoord geven' }));
    expect(geven).toHaveBeenCalledWith({ standpunt: 'oneens', redenen: ['De cijfers zijn oud', 'De wachtlijst is al korter'] });
  });
});

describe('deadlines', () => {
  it('say how many days are left, or how late it is', () => {
    const nu = new Date('2026-03-10T10:00:00+01:00');
    expect(termijnTekst('2026-03-13', false, nu)).toMatch(/nog 3 dagen$/);
    expect(termijnTekst('2026-03-10', false, nu)).toMatch(/vandaag$/);
    expect(termijnTekst('2026-03-08', true, nu)).toMatch(/2 dagen te laat$/);
  });
});
